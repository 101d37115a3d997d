import { Injectable } from '@nestjs/common';
import { reachesUser, type Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { WorkOrderRepository, type ServiceSkillEntity, type UserSkillEntity } from '@rapport/service-data';
import type { SaveServiceSkillInput, SetUserSkillsInput } from '../models/work-order.model';
import { assertServiceSetup } from './service-access';

/**
 * Skills of service staff (issue 18 item 7; issue 19's routing queues match the same rows): the
 * list, and who has which at what level. Managed by service set-up's writers (service managers,
 * admins); read by every signed-in user who plans or is sent on visits.
 */
@Injectable()
export class ServiceSkillsService {
  constructor(private readonly repo: WorkOrderRepository) {}

  list(): Promise<ServiceSkillEntity[]> {
    return this.repo.skills();
  }

  async save(actor: Actor, input: SaveServiceSkillInput): Promise<ServiceSkillEntity> {
    assertServiceSetup(actor, 'write');
    const names: Record<string, string> = { en: input.nameEn.trim() };
    if (input.nameZhCn?.trim()) names['zh-CN'] = input.nameZhCn.trim();
    if (input.nameZhTw?.trim()) names['zh-TW'] = input.nameZhTw.trim();
    return this.repo.ds.transaction((m) => this.repo.saveSkill(m, { key: input.key, names, active: input.active ?? true }));
  }

  async setUserSkills(actor: Actor, input: SetUserSkillsInput): Promise<UserSkillEntity[]> {
    assertServiceSetup(actor, 'write');
    const seen = new Set<string>();
    const problems = input.skills.flatMap((s, i) => {
      if (seen.has(s.skillKey)) return [{ path: `input.skills.${i}.skillKey`, message: 'is listed twice' }];
      seen.add(s.skillKey);
      return [];
    });
    if (problems.length) throw AppError.validation(problems);
    return this.repo.ds.transaction(async (m) => {
      if (!(await this.repo.userForAssignment(m, input.userId))) throw AppError.notFound('The user');
      for (const [i, s] of input.skills.entries()) {
        if (!(await this.repo.skillExists(m, s.skillKey))) throw AppError.validation([{ path: `input.skills.${i}.skillKey`, message: 'This skill does not exist.' }]);
      }
      await this.repo.setUserSkills(m, input.userId, input.skills);
      return (await this.repo.userSkills([input.userId], m)).get(input.userId) ?? [];
    });
  }

  /**
   * The technicians (people with a skill) whose visits the reader may see: everyone for a dispatcher,
   * their team's for a team lead, themselves for a technician. The calendar's picker offers them, so a
   * week without visits can still be opened for someone.
   */
  async technicians(actor: Actor): Promise<{ id: string; name: string; email: string }[]> {
    return (await this.repo.technicians()).filter((u) => reachesUser(actor, 'workOrder', 'read', u)).map(({ id, name, email }) => ({ id, name, email }));
  }

  async userSkills(userIds: readonly string[]): Promise<Map<string, UserSkillEntity[]>> {
    return this.repo.userSkills(userIds);
  }
}
