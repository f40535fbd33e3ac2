/**
 * What every page says about the browser's storage (src/browser/db.ts, src/stores, lib/quiz/aside): loaded
 * with the first page, so kept short. Only the aside sentences have a placeholder, `{n}`, which aside.ts fills.
 */
export const storage = {
  'storage.no-storage': 'This browser does not let the site keep data (for example in a private window), so your details, key and results last only until you close this page. Export your records before you leave.',
  'storage.storage-unopened': 'The results stored in this browser could not be opened, so this page works without them for now: nothing stored was deleted. Results you submit now last only until you close this page, so export them before you leave.',
  'storage.storage-repaired': 'Part of the storage in this browser was missing and has been added again. Everything that was stored is kept.',
  'storage.records-unread': 'Your stored results could not be read just now. Nothing was deleted; reload the page to try again.',
  'storage.profile-reset': 'Your saved details (name, work email, employee ID) on this device could not be read, so they were reset. Please enter them again.',
  'storage.aside.one': 'One stored result on this device could not be read. It is kept aside, not deleted: download it as a file (for example for IT support), or remove it from this browser.',
  'storage.aside.other': '{n} stored results on this device could not be read. They are kept aside, not deleted: download them as a file (for example for IT support), or remove them from this browser.',
  'storage.progress-reset': 'Your unfinished quiz answers on this device could not be read, so they were cleared. Your submitted results are not affected.',
} as const;
