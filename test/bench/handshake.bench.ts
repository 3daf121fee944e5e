/**
 * Every measure of README.md → Performance, in an order where none disturbs the next: reads
 * first, then the measures that write (log handshake, import, backup). A measure whose
 * feature is missing records "not available yet"; one that breaks fails the run.
 */
import { test } from './fixtures';
import { measureBackup, measureExport } from './measures/files';
import { measureImport } from './measures/import';
import { measureLogHandshake } from './measures/log-handshake';
import { measurePeople } from './measures/people';
import { measureOpenPerson } from './measures/person';
import { measureSearch } from './measures/search';
import { measureHeap, measureStart } from './measures/start';

test.describe.configure({ mode: 'serial' });

test('app start and This week', async ({ bench }) => {
  await bench.record(...(await measureStart(bench)));
});

test('JS heap with the dataset loaded', async ({ bench }) => {
  await bench.record(...(await measureHeap(bench)));
});

test('global search', async ({ bench }) => {
  await bench.record(...(await measureSearch(bench)));
});

test('open a person with 500 timeline entries', async ({ bench }) => {
  await bench.record(...(await measureOpenPerson(bench)));
});

test('People list: rows in the DOM and sort by last touch', async ({ bench }) => {
  await bench.record(...(await measurePeople(bench)));
});

test('export partners to CSV', async ({ bench }) => {
  await bench.record(...(await measureExport(bench)));
});

test('log a handshake', async ({ bench }) => {
  await bench.record(...(await measureLogHandshake(bench)));
});

test('back up the whole dataset', async ({ bench }) => {
  await bench.record(...(await measureBackup(bench)));
});

test('import 10,000 Google contacts, and raw bulkPut of the same', async ({ bench }) => {
  await bench.record(...(await measureImport(bench)));
});
