import adminComplaints from './admin-complaints';
import adminLetters from './admin-letters';
import adminPrivacy from './admin-privacy';
import adminSettings from './admin-settings';
import health from './health';
import publicApi from './public';
import { stepControllers } from '../steps';

export default {
  ...stepControllers,
  'admin-complaints': adminComplaints,
  'admin-letters': adminLetters,
  'admin-privacy': adminPrivacy,
  'admin-settings': adminSettings,
  health,
  public: publicApi,
};
