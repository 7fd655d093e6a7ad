import health from './health';

export default {
  health,
};
