import type { TemplateVariant } from './template';

/**
 * Templates the prepared renderer is checked (prepared.spec.ts) and measured (tools/bench-render.ts)
 * on: the small one the first measurements used, a ten-section newsletter as marketers build them,
 * and shapes that must fall back to per-person rendering.
 */
const variant = (mjml: string, v: Partial<TemplateVariant> = {}): TemplateVariant => ({ locale: 'en', subject: 'News for {{ contact.first_name | default: "you" }}', preheader: null, mjml, ...v });
const body = (inner: string) => `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;

export const SMALL = variant(
  body(
    '<mj-text>Hello {{ contact.first_name | default: "there" }}</mj-text><mj-text>Our new product line is here. Lorem ipsum dolor sit amet, consectetur adipiscing elit.</mj-text><mj-button href="https://example.com/product">See it</mj-button><mj-text font-size="11px">{{ company.name }}, {{ company.postal_address }} · <a href="{{ unsubscribe_url }}">Unsubscribe</a></mj-text>',
  ),
  { subject: 'Hi {{ contact.first_name }}', preheader: 'New' },
);

const article = (n: number, title: string, text: string) => `
    <mj-section padding="12px 0">
      <mj-column width="40%">
        <mj-image src="https://cdn.example.com/news/${n}.jpg" alt="${title}" href="https://example.com/news/${n}?utm_campaign={{ campaign.name | url_encode }}" />
      </mj-column>
      <mj-column width="60%">
        <mj-text mj-class="h2">${title}</mj-text>
        <mj-text>${text}</mj-text>
        <mj-button href="https://example.com/news/${n}?c={{ contact.email | url_encode }}" align="left">Read more</mj-button>
      </mj-column>
    </mj-section>`;

/** Ten sections: header, greeting, hero, four articles, a price table, a list in a loop, the footer. */
export const NEWSLETTER = variant(
  `<mjml>
  <mj-head>
    <mj-title>Rapport monthly</mj-title>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="1.5" color="#333333" />
      <mj-class name="h2" font-size="20px" font-weight="bold" />
    </mj-attributes>
    <mj-style>.footer a { color: #888888; }</mj-style>
  </mj-head>
  <mj-body background-color="#f4f4f4">
    <mj-section background-color="#ffffff">
      <mj-column><mj-image width="120px" src="https://cdn.example.com/logo.png" alt="Rapport" href="https://example.com" /></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff">
      <mj-column>
        <mj-text>
          {% if contact.first_name %}Dear {{ contact.first_name }}{% if contact.last_name %} {{ contact.last_name }}{% endif %},{% else %}Hello,{% endif %}
        </mj-text>
        <mj-text>This month at {{ company.name }}: new products, two events and the spring price list{% if contact.company %} for {{ contact.company }}{% endif %}.</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-url="https://cdn.example.com/hero.jpg" background-size="cover" padding="60px 0">
      <mj-column>
        <mj-text align="center" color="#ffffff" font-size="28px">{{ campaign.name | default: "Spring news" }}</mj-text>
        <mj-button href="https://example.com/spring?utm_campaign={{ campaign.name | url_encode }}" background-color="#e85d04">See what is new</mj-button>
      </mj-column>
    </mj-section>
    ${article(1, 'A faster pipeline', 'Deals move from first call to contract in fewer steps, and every step tells the next person what happened.')}
    ${article(2, '新的报表', '每月报表现在按地区和产品线汇总，{{ contact.first_name | default: "您" }}可以直接导出给团队。')}
    ${article(3, 'Events in Shanghai &amp; Taipei', 'Meet the team on 12 May in Shanghai and on 19 May in Taipei. Seats are limited.')}
    ${article(4, 'Customer story', 'How a distributor halved its response time with shared inboxes and routing rules.')}
    <mj-section background-color="#ffffff">
      <mj-column>
        <mj-table>
          <tr style="border-bottom:1px solid #ecedee;text-align:left;"><th>Plan</th><th>Price</th><th>For</th></tr>
          <tr><td>Team</td><td>¥ 199</td><td>{{ contact.company | default: "small teams" }}</td></tr>
          <tr><td>Business</td><td>¥ 499</td><td>growing sales teams</td></tr>
        </mj-table>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff">
      <mj-column>
        <mj-text><ul>{% for step in (1..3) %}<li class="{% if forloop.first %}first{% endif %}">Step {{ step }} for {{ contact.first_name | default: "you" }}</li>{% endfor %}</ul></mj-text>
      </mj-column>
    </mj-section>
    <mj-section>
      <mj-column>
        <mj-text css-class="footer" font-size="11px" color="#888888" align="center">
          You receive this because you subscribed to news from {{ company.name }}.<br />
          {{ company.postal_address }}<br />
          <a href="{{ preferences_url }}">Preferences</a> · <a href="{{ unsubscribe_url }}">Unsubscribe</a>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`,
  { subject: '{{ contact.first_name | default: "Hello" }}, our spring news', preheader: 'What is new at {{ company.name }} this month' },
);

/** Buttons and images with Liquid in links, a preheader that may render empty. */
export const BUTTONS = variant(
  body(
    '<mj-image src="https://cdn.example.com/{{ contact.email | url_encode }}.png" alt="{{ contact.company }}" href="{{ preferences_url }}" /><mj-button href="{{ unsubscribe_url }}" title="{{ campaign.name }}">  {{ contact.first_name }}  </mj-button><mj-text> {{ contact.company }} </mj-text><mj-text>{{ company.postal_address }}</mj-text>',
  ),
  { preheader: '{% if contact.first_name %}{{ contact.first_name }}, {% endif %}{{ campaign.name }}' },
);

export const CHINESE = variant(
  body('<mj-text>{{ contact.last_name }}{{ contact.first_name }}，您好！</mj-text><mj-text>感谢您关注{{ company.name }}。{% if contact.company %}{{ contact.company }}的{% endif %}专属优惠已经上线。</mj-text><mj-text>{{ company.postal_address }} · <a href="{{ unsubscribe_url }}">退订</a></mj-text>'),
  { locale: 'zh-CN', subject: '{{ contact.last_name }}，春季新品', preheader: '{{ company.name }}：本月新闻' },
);

/** A block around whole sections: MJML cannot keep it in place, so this one renders per person. */
export const SECTIONS = variant(
  `<mjml><mj-body>{% if contact.company %}<mj-section><mj-column><mj-text>For {{ contact.company }}</mj-text></mj-column></mj-section>{% endif %}<mj-section><mj-column><mj-text>{{ company.postal_address }} <a href="{{ unsubscribe_url }}">Unsubscribe</a></mj-text></mj-column></mj-section></mj-body></mjml>`,
);
