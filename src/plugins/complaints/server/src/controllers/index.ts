import adminComplaints from './admin-complaints';
import health from './health';

export default {
  'admin-complaints': adminComplaints,
  health,
};
