import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../../src/extract/types';
import { buildExtraction, geo } from './buildExtraction';

/** The sample report's text, with a marker sentence appended so each test run has its own report. */
export function sampleText(marker: string): string {
  const file = path.join(__dirname, '..', '..', 'data', 'sample', 'trend-2018-02-26-khojaly-cairo.txt');
  return `${fs.readFileSync(file, 'utf8').trimEnd()}\n\nTest marker ${marker}.\n`;
}

/**
 * A hand-built extraction of the sample report (what data/sample/*.gold.json describes), so the
 * writer can be tested without the extraction stage.
 */
export function sampleExtraction(marker: string, url?: string): Extraction {
  const spec: Parameters<typeof buildExtraction>[0] = {
    text: sampleText(marker),
    title: 'A series of events was organized in Egypt by the Embassy of Azerbaijan',
    source: 'Trend',
    publishedAt: '2018-02-26',
    origin: `sample-${marker}`,
    entities: [
      { key: 'rzayev', type: 'Person', name: 'Tural Rzayev', forms: ['Ambassador Tural Rzayev'] },
      { key: 'haliyev', type: 'Person', name: 'Heydar Aliyev' },
      { key: 'nasirov', type: 'Person', name: 'Seymur Nasirov' },
      { key: 'laliyeva', type: 'Person', name: 'Leyla Aliyeva' },
      { key: 'embassy', type: 'Organization', name: 'Embassy of Azerbaijan', aliases: ['the embassy'] },
      { key: 'patriot', type: 'Organization', name: 'Patriot union of diaspora organizations' },
      { key: 'foundation', type: 'Organization', name: 'Heydar Aliyev Foundation' },
      { key: 'regiment', type: 'Organization', name: '366th infantry regiment' },
      { key: 'unsc', type: 'Organization', name: 'UN Security Council' },
      { key: 'armed', type: 'Organization', name: 'Armenian armed forces', aliases: ['Armenian militants'] },
      { key: 'egypt', type: 'Place', name: 'Egypt', geo: geo('357994', 'Egypt', { countryCode: 'EG', featureCode: 'PCLI' }) },
      { key: 'cairo', type: 'Place', name: 'Cairo', geo: geo('360630', 'Cairo', { countryCode: 'EG', featureCode: 'PPLC', countryId: '357994', alternateNames: ['Al Qahirah'] }) },
      { key: 'azerbaijan', type: 'Place', name: 'Azerbaijan', geo: geo('587116', 'Azerbaijan', { countryCode: 'AZ', featureCode: 'PCLI' }) },
      { key: 'armenia', type: 'Place', name: 'Armenia', geo: geo('174982', 'Armenia', { countryCode: 'AM', featureCode: 'PCLI' }) },
      { key: 'khojaly', type: 'Place', name: 'Khojaly', geo: geo('586523', 'Khojaly', { countryCode: 'AZ', featureCode: 'PPLA2', countryId: '587116' }) },
      { key: 'khankendi', type: 'Place', name: 'Khankendi', geo: geo('586001', 'Khankendi', { countryCode: 'AZ', featureCode: 'PPLA', countryId: '587116' }) },
      { key: 'nk', type: 'Place', name: 'Nagorno-Karabakh' },
      { key: 'commemoration', type: 'Event', name: 'commemorative event dedicated to the Khojaly genocide', kind: 'commemoration' },
      {
        key: 'genocide',
        type: 'Event',
        name: 'Khojaly genocide',
        aliases: ['massacre'],
        kind: 'massacre',
        when: { span: { start: '1992-02-25', end: '1992-02-26', precision: 'day' }, text: 'Feb. 25-26, 1992' },
      },
      { key: 'campaign', type: 'Event', name: 'Justice for Khojaly', kind: 'campaign' },
      { key: 'ceasefire', type: 'Event', name: '1994 ceasefire agreement', kind: 'ceasefire', when: { span: { start: '1994-01-01', end: '1994-12-31', precision: 'year' }, text: '1994' } },
    ],
    relations: [
      { subject: 'rzayev', predicate: 'HOLDS_ROLE', object: 'embassy', qualifier: 'Ambassador', in: 'Addressing the event' },
      { subject: 'rzayev', predicate: 'SPOKE_AT', object: 'commemoration', in: 'Addressing the event' },
      { subject: 'laliyeva', predicate: 'HOLDS_ROLE', object: 'foundation', qualifier: 'Vice-President' },
      { subject: 'laliyeva', predicate: 'INITIATED', object: 'campaign' },
      { subject: 'embassy', predicate: 'ORGANIZED', object: 'commemoration', in: 'A series of events' },
      { subject: 'patriot', predicate: 'ORGANIZED', object: 'commemoration', in: 'A series of events' },
      { subject: 'commemoration', predicate: 'TOOK_PLACE_IN', object: 'cairo' },
      { subject: 'genocide', predicate: 'TOOK_PLACE_IN', object: 'khojaly', in: 'On Feb. 25-26, 1992' },
      { subject: 'regiment', predicate: 'STATIONED_IN', object: 'khankendi' },
      { subject: 'armed', predicate: 'PERPETRATED', object: 'genocide', in: 'On Feb. 25-26, 1992' },
    ],
    figures: [
      { event: 'genocide', value: 613, counts: 'people killed', qualifier: 'as many as', text: 'As many as 613 people' },
      { event: 'genocide', value: 63, counts: 'children killed', text: '63 children' },
      { event: 'genocide', value: 1275, counts: 'residents taken hostage', qualifier: 'some', text: 'Some 1,275 innocent residents' },
    ],
  };
  if (url !== undefined) spec.url = url;
  return buildExtraction(spec);
}
