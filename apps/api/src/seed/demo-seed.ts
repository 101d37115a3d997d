import { DataSource } from 'typeorm';
import { Role } from '@rapport/shared-domain';
import { TeamEntity, UserEntity } from '@rapport/shared-database';
import { hashPassword } from '@rapport/shared-auth';
import { seedSales } from './sales-seed';
import { seedLeadIntake } from './leads-seed';
import { seedRevenue } from './revenue-seed';
import { seedMarketing } from './marketing-seed';
import { seedConsent } from './consent-seed';
import { seedMailings } from './mailing-seed';
import { seedEvents } from './events-seed';
import { seedOrders, seedSegmentation } from './segmentation-seed';
import { seedService } from './service-seed';

export const DEMO_PASSWORD = 'rapport-demo';

export const DEMO_USERS: { email: string; name: string; role: Role; team?: string; locale?: 'en' | 'zh-CN' | 'zh-TW' }[] = [
  { email: 'admin@rapport.dev', name: 'Alex Admin', role: Role.Admin },
  { email: 'manager@rapport.dev', name: '王敏 Wang Min', role: Role.SalesManager, team: 'Sales East', locale: 'zh-CN' },
  { email: 'rep1@rapport.dev', name: 'Rita Rep', role: Role.SalesRep, team: 'Sales East' },
  { email: 'rep2@rapport.dev', name: '陳志明 Chen Chih-ming', role: Role.SalesRep, team: 'Sales East', locale: 'zh-TW' },
  { email: 'marketer@rapport.dev', name: 'Mia Marketer', role: Role.Marketer, team: 'Marketing' },
  { email: 'servicemgr@rapport.dev', name: 'Sam Service', role: Role.ServiceManager, team: 'Customer Service' },
  { email: 'agent@rapport.dev', name: '李娜 Li Na', role: Role.ServiceAgent, team: 'Customer Service' },
  // A customer in the portal (issue 19 item 4): linked to a contact by the service seed.
  { email: 'customer@rapport.dev', name: '林美玲 Lin Mei-ling', role: Role.PortalUser, locale: 'zh-TW' },
];

/**
 * Loads the demo organisation once: on a database without users. Returns false when users
 * already exist, so a restart never duplicates or overwrites what people changed.
 */
export async function seedDemoData(ds: DataSource): Promise<boolean> {
  const marketer = await ds.transaction(async (manager) => {
    // Serialises concurrent starts (two API replicas booting at once).
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rapport-demo-seed'))`);
    if ((await manager.count(UserEntity)) > 0) return null;

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const company = await manager.save(manager.create(TeamEntity, { name: 'Rapport Demo Co.' }));
    const teams = new Map<string, TeamEntity>();
    for (const name of ['Sales East', 'Marketing', 'Customer Service']) {
      teams.set(name, await manager.save(manager.create(TeamEntity, { name, parentId: company.id })));
    }
    const users = new Map<string, UserEntity>();
    for (const u of DEMO_USERS) {
      const user = manager.create(UserEntity, {
        email: u.email,
        name: u.name,
        role: u.role,
        teamId: u.team ? teams.get(u.team)!.id : null,
        locale: u.locale ?? 'en',
        passwordHash,
      });
      users.set(u.email, await manager.save(user));
    }
    const managers: Record<string, string> = {
      'Sales East': 'manager@rapport.dev',
      Marketing: 'marketer@rapport.dev',
      'Customer Service': 'servicemgr@rapport.dev',
    };
    for (const [team, email] of Object.entries(managers)) {
      await manager.update(TeamEntity, { id: teams.get(team)!.id }, { managerId: users.get(email)!.id });
    }
    await manager.update(TeamEntity, { id: company.id }, { managerId: users.get('admin@rapport.dev')!.id });
    const salesOwners = ['rep1@rapport.dev', 'rep2@rapport.dev', 'rep1@rapport.dev', 'rep2@rapport.dev', 'manager@rapport.dev'].map((e) => users.get(e)!);
    await seedSales(manager, salesOwners.map((u) => ({ id: u.id, teamId: u.teamId })));
    await seedLeadIntake(manager, {
      salesTeamId: teams.get('Sales East')!.id,
      managerId: users.get('manager@rapport.dev')!.id,
      reps: ['rep1@rapport.dev', 'rep2@rapport.dev'].map((e) => users.get(e)!.id),
    });
    await seedRevenue(manager, { reps: ['rep1@rapport.dev', 'rep2@rapport.dev'].map((e) => users.get(e)!.id), managerId: users.get('manager@rapport.dev')!.id });
    const marketer = users.get('marketer@rapport.dev')!;
    await seedMarketing(manager, { marketerId: marketer.id, teamId: marketer.teamId });
    await seedConsent(manager, { marketerId: marketer.id });
    await seedMailings(manager, { marketerId: marketer.id });
    await seedEvents(manager, { marketerId: marketer.id, teamId: marketer.teamId });
    await seedOrders(manager);
    const agent = users.get('agent@rapport.dev')!;
    await seedService(manager, { agentId: agent.id, teamId: agent.teamId });
    return { id: marketer.id, teamId: marketer.teamId };
  });
  if (!marketer) return false;
  // Metrics, segments and a strategy go through the services, which read what the transaction wrote.
  await seedSegmentation(ds, marketer);
  return true;
}
