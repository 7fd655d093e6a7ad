import adminComplaints from './admin-complaints';
import health from './health';
import publicApi from './public';

export default {
  'admin-complaints': adminComplaints,
  health,
  public: publicApi,
};
