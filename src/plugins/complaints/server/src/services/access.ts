/**
 * Who may see which complaint. A user sees the complaints of the departments they manage or staff, and the
 * ones assigned to them; "all departments" lifts the department limit; complaints about an employee's
 * behaviour need the behaviour permission (managers, coordinator) unless assigned to the user. Nobody sees
 * a complaint about themselves (Awb 9:7).
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError, InvalidInputError } from '../errors';
import { ACTIONS } from '../permissions';
import { UID } from '../uids';
import { usersRepository } from '../persistence/users';
import type { Department, DepartmentRow } from './catalog';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

export interface AccessScope {
  userId: number;
  allDepartments: boolean;
  departmentIds: number[];
  behaviour: boolean;
  /**
   * The complaints about this user (Awb 9:7), looked up once per request: left out of what they see and
   * may do, in the lists as a filter on ids.
   */
  accusedIn: number[];
}

/** What the scope needs of a request: the signed-in admin user and their abilities (Strapi's admin auth sets both). */
export interface AdminRequest {
  state: { user: { id: number }; userAbility?: { can(action: string): boolean } };
}

export interface VisibleFields {
  id: number;
  departmentId: number | null;
  handlerId: number | null;
  aboutEmployeeBehaviour: boolean;
}

/** What Strapi's permission engine answers for one user. */
export interface Ability {
  can(action: string): boolean;
}

/** A department whose named superior would be passed over (superiorsPassedOver). */
export interface PassedOverSuperior {
  department: Pick<Department, 'id' | 'name' | 'nameEn'>;
  superiorId: number;
  /** False when the superior's account is inactive or gone; else they lack a right or the department. */
  canSignIn: boolean;
}

/** The departments a user is manager or staff of, of those given. */
export function departmentsOfUser(departments: ReadonlyArray<Pick<DepartmentRow, 'id' | 'managerId' | 'staffUserIds'>>, userId: number): number[] {
  return departments.filter((d) => d.managerId === userId || (Array.isArray(d.staffUserIds) && d.staffUserIds.includes(userId))).map((d) => d.id);
}

/** Whether a user with these rights, manager or staff of these departments, may handle complaints of the department. */
export function mayHandleWith(ability: Ability, memberOf: readonly number[], departmentId: number | null): boolean {
  if (!ability.can(ACTIONS.read) || !ability.can(ACTIONS.process)) return false;
  return ability.can(ACTIONS.allDepartments) || (departmentId !== null && memberOf.includes(departmentId));
}

/** The same for the department's behaviour complaints, which a superior takes over from the manager (Awb 9:7). */
export function mayHandleBehaviourWith(ability: Ability, memberOf: readonly number[], departmentId: number): boolean {
  return ability.can(ACTIONS.readBehaviour) && mayHandleWith(ability, memberOf, departmentId);
}

export function canSee(scope: AccessScope, complaint: VisibleFields): boolean {
  // Awb 9:7: the person complained about learns of the complaint from the letters the law gives them (9:9,
  // 9:10, 9:12), not from the dossier, and cannot act on it
  if (scope.accusedIn.includes(complaint.id)) return false;
  const assigned = complaint.handlerId === scope.userId;
  if (assigned) return true;
  const inDepartment = scope.allDepartments || (complaint.departmentId !== null && scope.departmentIds.includes(complaint.departmentId));
  return inDepartment && (!complaint.aboutEmployeeBehaviour || scope.behaviour);
}

/** The same rule as a database filter, for lists and counts. */
export function scopeFilter(scope: AccessScope): Record<string, unknown> {
  const notAccused = scope.accusedIn.length ? { id: { $notIn: scope.accusedIn } } : {};
  if (scope.allDepartments && scope.behaviour) return notAccused;
  const visible: Record<string, unknown>[] = [];
  const departmentRule: Record<string, unknown> = scope.allDepartments ? {} : { departmentId: { $in: scope.departmentIds.length ? scope.departmentIds : [-1] } };
  visible.push(scope.behaviour ? departmentRule : { ...departmentRule, aboutEmployeeBehaviour: false });
  visible.push({ handlerId: scope.userId });
  return Object.keys(notAccused).length ? { $and: [{ $or: visible }, notAccused] } : { $or: visible };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The scope of the signed-in admin user of this request. */
  async scopeOf(ctx: AdminRequest): Promise<AccessScope> {
    const ability = ctx.state.userAbility;
    return this.scopeWith(ctx.state.user.id, { can: (action) => Boolean(ability?.can(action)) });
  },

  /** A user's scope from their rights, departments and the complaints about them. */
  async scopeWith(userId: number, ability: Ability): Promise<AccessScope> {
    return {
      userId,
      allDepartments: ability.can(ACTIONS.allDepartments),
      behaviour: ability.can(ACTIONS.readBehaviour),
      departmentIds: await this.departmentsOf(userId),
      accusedIn: await getService(strapi, 'persons').complaintsAbout(userId),
    };
  },

  async departmentsOf(userId: number): Promise<number[]> {
    const departments: Array<Pick<DepartmentRow, 'id' | 'managerId' | 'staffUserIds'>> = await strapi.db.query(UID.department).findMany({ select: ['id', 'managerId', 'staffUserIds'] });
    return departmentsOfUser(departments, userId);
  },

  assertCanSee(scope: AccessScope | null, complaint: VisibleFields): void {
    if (scope && !canSee(scope, complaint)) throw new ForbiddenError();
  },

  /** The complaint, once the signed-in user may see it (404 unknown, 403 not theirs), with their scope. */
  async visibleComplaint(ctx: AdminRequest, complaintId: number): Promise<{ complaint: ComplaintRow; scope: AccessScope }> {
    const complaint = await getService(strapi, 'complaints').requireById(complaintId);
    const scope = await this.scopeOf(ctx);
    this.assertCanSee(scope, complaint);
    return { complaint, scope };
  },

  /**
   * Staff register a complaint only into a department whose complaints they may see. Without a department
   * it goes where the procedure sends complaints of unknown department, as from the public form.
   */
  assertMayRegisterInto(scope: AccessScope, departmentId: number | null): void {
    if (departmentId === null || scope.allDepartments || scope.departmentIds.includes(departmentId)) return;
    throw new InvalidInputError({
      departmentId: { nl: 'Kies een afdeling waarvan u de klachten mag inzien.', en: 'Choose a department whose complaints you may see.' },
    });
  },

  /** What an active staff member may do (Strapi's permission engine); null for an inactive or unknown user. */
  async abilityOf(userId: number): Promise<Ability | null> {
    if (!(await usersRepository(strapi).isActive(userId))) return null;
    return strapi.service('admin::permission').engine.generateUserAbility({ id: userId });
  },

  /** Whether an active staff member may see this complaint (whom a note may name). */
  async maySee(userId: number, complaint: VisibleFields): Promise<boolean> {
    const ability = await this.abilityOf(userId);
    if (!ability?.can(ACTIONS.read)) return false;
    return canSee(await this.scopeWith(userId, ability), complaint);
  },

  /**
   * The department's configured superior, for a behaviour complaint about its manager: only when they may
   * handle the department's behaviour complaints and are not the person complained about; else null (the
   * coordinator assigns).
   */
  async superiorFor(department: { id: number; managerId: number | null; superiorId?: number | null } | undefined, accusedUserIds: readonly number[]): Promise<number | null> {
    const superiorId = department?.superiorId ?? null;
    if (!department || superiorId === null || department.managerId === null || !accusedUserIds.includes(department.managerId) || accusedUserIds.includes(superiorId)) return null;
    const ability = await this.abilityOf(superiorId);
    return ability && mayHandleBehaviourWith(ability, await this.departmentsOf(superiorId), department.id) ? superiorId : null;
  },

  /**
   * The active departments whose named superior superiorFor would pass over, for every complaint about the
   * manager: the editors learn it from the settings warnings, not from a complaint that went to the coordinator.
   * Each superior's rights are asked once, the departments read once (the overview asks on every visit).
   */
  async superiorsPassedOver(): Promise<PassedOverSuperior[]> {
    const departments = await getService(strapi, 'catalog').departments();
    const named = departments.filter((d) => d.active && d.superiorId != null && d.superiorId !== d.managerId);
    const abilities = new Map<number, Ability | null>();
    for (const superiorId of new Set(named.map((d) => d.superiorId as number))) abilities.set(superiorId, await this.abilityOf(superiorId));
    return named.flatMap((department) => {
      const superiorId = department.superiorId as number;
      const ability = abilities.get(superiorId) ?? null;
      if (ability && mayHandleBehaviourWith(ability, departmentsOfUser(departments, superiorId), department.id)) return [];
      return [{ department, superiorId, canSignIn: ability !== null }];
    });
  },

  /**
   * Whether an active staff member may handle complaints of this department: the rights to see and to
   * handle complaints, in that department (as its manager or staff) or in all departments. Only such a
   * person can be made a complaint's handler.
   */
  async mayHandle(userId: number, departmentId: number | null): Promise<boolean> {
    const ability = await this.abilityOf(userId);
    return Boolean(ability && mayHandleWith(ability, await this.departmentsOf(userId), departmentId));
  },
});
