import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import type { CsatSettings } from '@rapport/service-domain';
import { CsatReport, CsatReportInput, CsatResponseConnection, CsatResponsesArgs, CsatSettingsModel, SaveCsatSettingsInput, SaveCsatSettingsPayload } from '../models/csat.model';
import { CsatService } from '../services/csat.service';

// GraphQL names the Chinese texts zhCN / zhTW; the settings keep them by language tag.
const fromInput = (i: SaveCsatSettingsInput): CsatSettings => ({ ...i, questions: i.questions.map((q) => ({ ...q, text: { en: q.text.en, 'zh-CN': q.text.zhCN ?? null, 'zh-TW': q.text.zhTW ?? null } })) });
const toModel = <S extends CsatSettings>(s: S) => ({ ...s, questions: s.questions.map((q) => ({ ...q, text: { en: q.text.en, zhCN: q.text['zh-CN'] ?? null, zhTW: q.text['zh-TW'] ?? null } })) });

/** Customer satisfaction (issue 19 item 5): the settings, the figures and the answers. */
@Resolver()
export class CsatResolver {
  constructor(private readonly csat: CsatService) {}

  @Query(() => CsatSettingsModel, { description: 'When customers get a satisfaction survey and what it asks (service set-up readers).' })
  async csatSettings(@CurrentActor() actor: Actor) {
    return toModel(await this.csat.settings(actor));
  }

  @Mutation(() => SaveCsatSettingsPayload, { description: 'Changes the survey settings (service set-up writers).' })
  async saveCsatSettings(@CurrentActor() actor: Actor, @Args('input') input: SaveCsatSettingsInput) {
    return { settings: toModel(await this.csat.saveSettings(actor, fromInput(input))) };
  }

  @Query(() => CsatReport, { description: 'Satisfaction by agent, team, channel, queue or day over the resolutions in a period, within your CSAT scope (agents: their own).' })
  csatReport(@CurrentActor() actor: Actor, @Args('input') input: CsatReportInput) {
    return this.csat.report(actor, input);
  }

  @Query(() => CsatResponseConnection, { description: 'Customers’ answers with their comments, newest first, within your CSAT scope.' })
  csatResponses(@CurrentActor() actor: Actor, @Args() args: CsatResponsesArgs) {
    return this.csat.responses(actor, args);
  }
}
