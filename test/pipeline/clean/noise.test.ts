import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footerRuleOf, noiseRuleOf } from '../../../src/pipeline/clean/noise-rules.js';

// [line, rule id expected, or null when the line is article text]
const LINES: [string, string | null][] = [
  ['1572 views 5 comment(s)', 'counter'],
  ['433', 'bare-number'],
  ['0', 'bare-number'],
  ['Lavrov and Si, Photo: Reuters', 'photo-caption-credit'],
  ['(Photo: Xinhua)', 'photo-caption-credit'],
  ['Getty Images', 'photo-credit'],
  ['AP Photo/Alexander Zemlianichenko', 'photo-credit'],
  ['Bonus video:', 'bonus-video'],
  ['Share', 'share-buttons'],
  ['Facebook Twitter WhatsApp Copy link', 'share-buttons'],
  ['We use cookies to improve your experience. Accept all cookies', 'cookie-banner'],
  ['Sign up here.', 'newsletter'],
  ['Get the latest news delivered straight to your inbox. No spam, unsubscribe anytime.', 'newsletter'],
  ['Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.', 'disclaimer'],
  ['Related: Putin and Xi sign joint statement', 'related'],
  ['Read more', 'related'],
  ['Advertisement', 'related'],
  ['#Putin #talk #peace', 'hashtags'],
  ['News Desk', 'byline'],
  ['By Jane Doe', 'byline'],
  ['By Jane Doe and John Smith, Reuters', 'byline'],
  ['By Jane Doe | Published Mon 8 Jul 2024 10.00 BST', 'byline'],
  ['By Tuesday, the talks had collapsed.', null],
  ['Reporting by Dmitry Antonov; Editing by Andrew Osborn', 'byline'],
  ['_Jane Doe contributed reporting to this article._', 'byline'],
  ['Your browser does not support the audio element.', 'media-player'],
  ['[](https://example.org/world/story)', 'link-only'],
  ['World | Europe | Asia', 'menu'],
  ['ChinacategoryChina condemns attack', 'teaser-category'],
  ['Photo: AFP', 'photo-credit'],
  ['Image source, Getty Images', 'photo-credit'],
  ['Reuse this content', 'related'],
  ['Explore more on these topics', 'related'],
  ['Skip to main content', 'site-chrome'],
  ['5 min read', 'site-chrome'],
  ['3 hours ago', 'time-ago'],
  ['___', 'separator'],
  ['Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine', 'byline'],
  ['Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to this report.', 'byline'],
  ['Copyright 2025 The Associated Press. All rights reserved.', 'license'],
  // article text that must stay
  ['Photographs of the two leaders were published on Monday.', null],
  ['Home to the summit, Kazan welcomed 36 delegations.', null],
  ['He said the talks had ended three hours ago.', null],
  ['Topics discussed included trade and security, the ministry said.', null],
  ['Wang Yi met Sergey Lavrov in Tashkent on Thursday.', null],
  ['By Monday the talks had ended.', null],
  ['The ministry said it would share its data with partners.', null],
  ['Russia and China will cooperate on security, Lavrov said.', null],
  ['The 2024 summit drew 36 delegations.', null],
  ['Photos of the meeting were released by the Kremlin, which said the talks went well.', null],
  ['He told reporters that the newsletter of the ministry was wrong.', null],
];

for (const [line, want] of LINES) {
  test(`noise: ${want ?? 'kept'}: ${line}`, () => assert.equal(noiseRuleOf(line, false)?.id ?? null, want));
}

test('noise: menu rule spares the title line ("Story | Reuters")', () => {
  assert.equal(noiseRuleOf('Russia plays hardball | Reuters', true), undefined);
  assert.equal(noiseRuleOf('Russia plays hardball | Reuters', false)?.id, 'menu');
});

test('noise: footers start at the trust statement or sign-up form, not at article text', () => {
  assert.equal(footerRuleOf('Our Standards: The Thomson Reuters Trust Principles., opens new tab')?.id, 'footer');
  assert.equal(footerRuleOf('Enter your email address & select your newsletters')?.id, 'footer');
  assert.equal(footerRuleOf('Our standards of living have improved, he said.'), undefined);
});
