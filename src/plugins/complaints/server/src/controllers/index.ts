import adminComplaints from './admin-complaints';
import adminLetters from './admin-letters';
import health from './health';
import publicApi from './public';

export default {
  'admin-complaints': adminComplaints,
  'admin-letters': adminLetters,
  health,
  public: publicApi,
};
