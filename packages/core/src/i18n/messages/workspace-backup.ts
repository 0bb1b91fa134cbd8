import { defineCatalog } from '../catalog.js';

/**
 * Words of the workspace backup: saving a copy of every PLC's data and restoring it, e.g. on another
 * computer (the data lives in one browser). Problems in a restored file come from `ioMessages`.
 */
export const workspaceBackupMessages = defineCatalog(
  {
    'title': 'A copy of all this data',
    'intro':
      'Everything here is saved in this browser only. Download a copy to keep it safe or to carry on from another computer, then restore it there.',
    'download': 'Download a copy (JSON)',
    'restore': 'Restore from a copy…',
    'reading': 'Reading {file}…',
    'confirm.title': 'Replace the data in this browser?',
    'confirm.body':
      'In “{file}”: PLCs {plcs}, schools {schools}, responses {responses}. Restoring it replaces everything saved here now; what is here now is kept aside, not deleted.',
    'confirm.dropped': 'Some entries in the file could not be read and will be left out ({count}):',
    'confirm.yes': 'Replace with the copy',
    'restored': 'Restored from “{file}” (PLCs: {plcs}). What was here before is kept under “{key}”.',
    'failed': '“{file}” could not be restored. Nothing here was changed.',
    'noRoom': 'There is no room in this browser to keep a copy of the current data, so nothing was replaced.',
  },
  {
    'title': 'Copi o’r holl ddata hwn',
    'intro':
      'Dim ond yn y porwr hwn y caiff popeth yma ei gadw. Lawrlwythwch gopi i’w gadw’n ddiogel neu i barhau ar gyfrifiadur arall, yna adferwch ef yno.',
    'download': 'Lawrlwytho copi (JSON)',
    'restore': 'Adfer o gopi…',
    'reading': 'Wrthi’n darllen {file}…',
    'confirm.title': 'Disodli’r data yn y porwr hwn?',
    'confirm.body':
      'Yn “{file}”: CDPau {plcs}, ysgolion {schools}, ymatebion {responses}. Bydd ei adfer yn disodli popeth sydd wedi’i gadw yma nawr; caiff yr hyn sydd yma nawr ei gadw o’r neilltu, nid ei ddileu.',
    'confirm.dropped': 'Doedd dim modd darllen rhai cofnodion yn y ffeil, felly cânt eu gadael allan ({count}):',
    'confirm.yes': 'Disodli â’r copi',
    'restored': 'Wedi adfer o “{file}” (CDPau: {plcs}). Mae’r hyn oedd yma o’r blaen wedi’i gadw dan “{key}”.',
    'failed': 'Doedd dim modd adfer “{file}”. Ni newidiwyd dim byd yma.',
    'noRoom': 'Does dim lle yn y porwr hwn i gadw copi o’r data presennol, felly ni ddisodlwyd dim byd.',
  },
);
