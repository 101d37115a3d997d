import type { ClaimedSend } from '@rapport/marketing-data';
import { pickVariant, RenderContext, RenderedEmail, renderEmail, TemplateVariant } from '@rapport/marketing-domain';

export interface RendererFacts {
  campaignName: string;
  typeKey: string;
  typeName: string;
  company: RenderContext['company'];
}

/**
 * One mailing's messages: the variant in each recipient's language, personalised. Built once per
 * pump run, so whatever can be prepared per variant is prepared once, not per recipient.
 */
export class MailingRenderer {
  private constructor(
    private readonly variants: readonly TemplateVariant[],
    private readonly facts: RendererFacts,
  ) {}

  static async create(variants: readonly TemplateVariant[], facts: RendererFacts): Promise<MailingRenderer> {
    return new MailingRenderer(variants, facts);
  }

  render(s: ClaimedSend, links: { unsubscribeUrl: string; preferencesUrl: string }): Promise<RenderedEmail> {
    const variant = pickVariant(this.variants, s.locale);
    if (!variant) throw new Error('the template has no variant');
    return renderEmail(variant, {
      contact: { first_name: s.firstName, last_name: s.lastName, email: s.address, company: s.company },
      company: this.facts.company,
      unsubscribe_url: links.unsubscribeUrl,
      preferences_url: links.preferencesUrl,
      campaign: { name: this.facts.campaignName },
    });
  }

  /**
   * RFC 2919: one list per subscription type, so mail clients (and people) can filter and leave
   * each. The header is sent as written, so a name that is not printable ASCII is left out rather
   * than MIME-encoded (which would hide the id from filters).
   */
  listId(domain: string): string {
    const id = `<${this.facts.typeKey}.${domain}>`;
    const name = this.facts.typeName.replace(/["\\]/g, '').trim();
    return /^[\x20-\x7e]+$/.test(name) ? `"${name}" ${id}` : id;
  }
}
