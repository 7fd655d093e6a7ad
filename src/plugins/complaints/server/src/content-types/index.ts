import agreement from './agreement';
import attachment from './attachment';
import category from './category';
import closedDay from './closed-day';
import complaint from './complaint';
import complaintEvent from './complaint-event';
import complaintPart from './complaint-part';
import complaintPerson from './complaint-person';
import department from './department';
import formSettings from './form-settings';
import hearing from './hearing';
import incomingMail from './incoming-mail';
import letter from './letter';
import letterTemplate from './letter-template';
import outcomeDraft from './outcome-draft';
import question from './question';
import referenceCounter from './reference-counter';
import savedView from './saved-view';
import settings from './settings';

export default {
  complaint,
  department,
  category,
  hearing,
  agreement,
  'complaint-event': complaintEvent,
  'complaint-part': complaintPart,
  'complaint-person': complaintPerson,
  'closed-day': closedDay,
  'reference-counter': referenceCounter,
  settings,
  'form-settings': formSettings,
  letter,
  'letter-template': letterTemplate,
  attachment,
  question,
  'incoming-mail': incomingMail,
  'outcome-draft': outcomeDraft,
  'saved-view': savedView,
};
