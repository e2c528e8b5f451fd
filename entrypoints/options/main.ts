import { BUILTIN_PACKS } from '@/src/core/pack/builtin/index';
import { translate } from '@/src/settings/i18n';
import { mountOptions } from './app';
import './style.css';

const root = document.getElementById('app');

if (root) {
  document.title = translate('optionsTitle');
  void mountOptions(root, {
    t: translate,
    builtins: BUILTIN_PACKS,
    now: () => Date.now(),
    confirm: (question) => window.confirm(question),
    download(filename, text) {
      // A Blob URL needs no "downloads" permission; the browser saves it like any link.
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    readFile: (file) => file.text(),
  });
}
