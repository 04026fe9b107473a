import { edition, text, body, p, gap, note, persName, writeTei } from 'teikit';

const letter = edition({
  title: 'Letter to the editor',
  languages: [{ ident: 'en', name: 'English' }],
  persons: [{ id: 'smith', names: 'J. Smith' }],
  texts: [
    text({ lang: 'en' }, body(
      p('Dear ', persName({ ref: '#smith' }, 'Mr Smith'), ', the ', gap({ reason: 'faded', extent: 'two words' }), ' arrived.',
        note({ type: 'editorial' }, 'The ink has faded.')),
    )),
  ],
});
console.log(writeTei(letter).match(/<body>.*<\/body>/s)[0]);
