import { render } from '@testing-library/react';
import { Button, Form, Input, Modal, Select, Table, Tabs, Tag } from 'antd';
import { describe, expect, it } from 'vitest';
import { mayMatch, selectorKeys } from './style-match-prefilter';

describe('style match prefilter', () => {
  it('keys each selector of a list on its subject, ignoring what nests in :where/:not and attribute values', () => {
    expect(selectorKeys(':where(.css-dev-x).ant-btn-primary:not(:disabled):hover')).toEqual([{ tag: null, id: null, classes: ['ant-btn-primary'] }]);
    expect(selectorKeys('.a .b, div#main > span.c.d')).toEqual([
      { tag: null, id: null, classes: ['b'] },
      { tag: 'span', id: null, classes: ['c', 'd'] },
    ]);
    expect(selectorKeys('[data-x="a, .b"] ~ .c')).toEqual([{ tag: null, id: null, classes: ['c'] }]);
    expect(selectorKeys('[hidden], :is(.a, .b)')).toEqual([null, null]);
    expect(selectorKeys('.a\\:b')).toEqual([null]);
    expect(selectorKeys('#top')).toEqual([{ tag: null, id: 'top', classes: [] }]);
  });

  it('rules out only what cannot match', () => {
    const button = document.createElement('button');
    button.className = 'ant-btn ant-btn-primary';
    expect(mayMatch(selectorKeys('.ant-btn-primary'), button)).toBe(true);
    expect(mayMatch(selectorKeys('.ant-btn-dangerous, .ant-btn'), button)).toBe(true);
    expect(mayMatch(selectorKeys('.ant-btn-dangerous'), button)).toBe(false);
    expect(mayMatch(selectorKeys('a.ant-btn'), button)).toBe(false);
    expect(mayMatch(selectorKeys('[type=button]'), button)).toBe(true);
  });

  it('never rules out a rule that matches, over every rule antd puts in the document and every element of a busy screen', () => {
    render(
      <Form>
        <Form.Item label="Name" name="name" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Select open options={[{ value: 'a', label: 'A' }]} />
        <Tabs items={[{ key: '1', label: 'One', children: 'first' }, { key: '2', label: 'Two', children: 'second' }]} />
        <Table rowKey="k" dataSource={[{ k: 1, n: 'x' }]} columns={[{ title: 'N', dataIndex: 'n', sorter: true }]} />
        <Tag color="red">t</Tag>
        <Button type="primary" danger disabled>
          b
        </Button>
        <Modal open title="m">
          body
        </Modal>
      </Form>,
    );
    const selectors = new Set<string>();
    const collect = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) selectors.add(rule.selectorText);
        else if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const elements = Array.from(document.querySelectorAll('*'));
    expect(selectors.size).toBeGreaterThan(500);
    expect(elements.length).toBeGreaterThan(100);
    const missed: string[] = [];
    let matched = 0;
    for (const selector of selectors) {
      const keys = selectorKeys(selector);
      for (const element of elements) {
        let matches = false;
        try {
          matches = element.matches(selector);
        } catch {
          continue; // pseudo-elements and what the engine cannot parse never count in a computed style either
        }
        if (!matches) continue;
        matched++;
        if (!mayMatch(keys, element)) missed.push(`${selector} ⟂ <${element.localName} class="${element.className}">`);
      }
    }
    expect(matched).toBeGreaterThan(200);
    expect(missed).toEqual([]);
  });
});
