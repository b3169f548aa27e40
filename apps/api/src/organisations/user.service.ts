import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, IsNull } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, hashPassword, SessionEntity, UserEntity } from '@routekaart/db';
import { assertText, badInput, DomainError, forbidden } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { AccessChanges } from '../common/access-changes';
import { isUniqueViolation, queryNamed } from '../common/sql';
import { isUuid } from '../common/ids';
import type { CreateUserInput, UpdateUserInput } from './user.inputs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Users of an organisation: its admins add them, set their role, disable them. */
@Injectable()
export class UserService {
  constructor(
    private readonly ds: DataSource,
    private readonly accessChanges: AccessChanges,
  ) {}

  usersOf(ability: AppAbility, organisationId: string): Promise<UserEntity[]> {
    const f = accessibleWhere(ability, 'read', 'User', 'u');
    return queryNamed<UserEntity>(
      this.ds,
      `SELECT u.id, u.email, u.name, u.role, u.organisation_id AS "organisationId", u.disabled_at AS "disabledAt"
       FROM app_user u WHERE (${f.sql}) AND u.organisation_id = :organisationId ORDER BY u.name`,
      { ...f.params, organisationId },
    );
  }

  async create(actor: Actor, ability: AppAbility, input: CreateUserInput): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw badInput('email', 'email must be an e-mail address');
    const name = assertText(input.name, 'name', 200);
    if (input.password.length < 12) throw badInput('password', 'password must be at least 12 characters');
    if (!ability.can('create', subject('User', { id: '', organisationId: actor.organisationId }))) {
      throw forbidden("Only your organisation's admins may add users");
    }
    // E-mail addresses are unique per organisation: whether the address has an account in another
    // organisation stays hidden, so only the admin's own organisation is looked at.
    const taken = () => new DomainError('CONFLICT', 'your organisation already has a user with this e-mail address', 'email');
    const passwordHash = await hashPassword(input.password);
    return this.ds.transaction(async (em) => {
      if (await em.existsBy(UserEntity, { email, organisationId: actor.organisationId })) throw taken();
      const user = await em
        .save(em.create(UserEntity, { email, name, role: input.role, organisationId: actor.organisationId, passwordHash, disabledAt: null }))
        .catch((error: unknown) => {
          // Two admins adding the same address at once: the unique index decides, with the same answer.
          if (isUniqueViolation(error, 'app_user_organisation_email_key')) throw taken();
          throw error;
        });
      await recordAudit(em, actor, 'user.create', 'User', user.id, { email, role: input.role });
      return user;
    });
  }

  async update(actor: Actor, ability: AppAbility, id: string, input: UpdateUserInput): Promise<UserEntity> {
    let accessChanged = false;
    const updated = await this.ds.transaction(async (em) => {
      const user = isUuid(id) ? await em.findOneBy(UserEntity, { id }) : null;
      const tagged = user && subject('User', { id: user.id, organisationId: user.organisationId });
      if (!user || !tagged || !ability.can('read', tagged)) throw new DomainError('NOT_FOUND', 'user not found', 'id');
      const changes: Partial<UserEntity> = {};
      if (input.name !== undefined && input.name !== null) {
        if (!ability.can('update', tagged, 'name')) throw forbidden('You may not rename this user');
        changes.name = assertText(input.name, 'name', 200);
      }
      if (input.role !== undefined && input.role !== null && input.role !== user.role) {
        if (!ability.can('update', tagged, 'role')) throw forbidden("Only your organisation's admins may change roles");
        if (user.id === actor.userId) throw badInput('role', 'you cannot change your own role; ask another admin');
        changes.role = input.role;
      }
      if (input.disabled !== undefined && input.disabled !== null) {
        if (!ability.can('delete', tagged)) throw forbidden("Only your organisation's admins may disable users");
        if (user.id === actor.userId) throw badInput('disabled', 'you cannot disable yourself');
        changes.disabledAt = input.disabled ? new Date() : null;
        if (input.disabled) await em.update(SessionEntity, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      if (Object.keys(changes).length) {
        accessChanged = 'role' in changes || 'disabledAt' in changes;
        await em.update(UserEntity, { id }, changes);
        await recordAudit(em, actor, 'user.update', 'User', id, {
          ...(changes.role ? { role: { from: user.role, to: changes.role } } : {}),
          ...(changes.name ? { name: changes.name } : {}),
          ...('disabledAt' in changes ? { disabled: !!changes.disabledAt } : {}),
        });
      }
      return em.findOneByOrFail(UserEntity, { id });
    });
    // Committed: the user's open collaboration sockets are re-checked (or closed) before this returns.
    if (accessChanged) await this.accessChanges.publish({ kind: 'user', userId: updated.id });
    return updated;
  }
}
