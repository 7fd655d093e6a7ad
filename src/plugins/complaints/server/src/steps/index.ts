/**
 * The procedure's steps, a folder each with its service, controller and routes side by side. Services are
 * registered under the step's name (services/index.ts), controllers and routes here.
 */
import acknowledgementController from './acknowledgement/controller';
import acknowledgementRoutes from './acknowledgement/routes';
import agreementsController from './agreements/controller';
import agreementsRoutes from './agreements/routes';
import disputeController from './dispute/controller';
import disputeRoutes from './dispute/routes';
import handlingController from './handling/controller';
import handlingRoutes from './handling/routes';
import intakeController from './intake/controller';
import intakeRoutes, { publicRoutes as intakePublicRoutes } from './intake/routes';
import hearingController from './hearing/controller';
import hearingRoutes from './hearing/routes';
import outcomeController from './outcome/controller';
import outcomeRoutes from './outcome/routes';

export const stepControllers = {
  intake: intakeController,
  acknowledgement: acknowledgementController,
  hearing: hearingController,
  outcome: outcomeController,
  agreements: agreementsController,
  dispute: disputeController,
  handling: handlingController,
};

export const stepRoutes = [...intakeRoutes, ...acknowledgementRoutes, ...hearingRoutes, ...outcomeRoutes, ...agreementsRoutes, ...disputeRoutes, ...handlingRoutes];

/** Routes of the content API (`/api/complaints/*`) that belong to a step. */
export const stepPublicRoutes = [...intakePublicRoutes];
