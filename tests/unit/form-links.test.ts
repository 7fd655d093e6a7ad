/** Editors' form texts may hold links as `[label](https://…)`: parsed into text and links, nothing else becomes a link. */
import { linkParts } from '../../src/plugins/complaints/form/src/dom';

describe('links in editors\' form texts', () => {
  it('turns [label](https://…) into a link and leaves the rest as text', () => {
    expect(linkParts('Lees meer in onze [privacyverklaring](https://www.gemeente.nl/privacy). Vragen? Bel ons.')).toEqual([
      'Lees meer in onze ',
      { label: 'privacyverklaring', href: 'https://www.gemeente.nl/privacy' },
      '. Vragen? Bel ons.',
    ]);
    expect(linkParts('[a](http://x.nl)[b](https://y.nl)')).toEqual([{ label: 'a', href: 'http://x.nl' }, { label: 'b', href: 'https://y.nl' }]);
  });

  it('keeps anything that is not an http(s) link as the text it is', () => {
    expect(linkParts('Klik [hier](javascript:alert(1)) of [daar](data:text/html,x)')).toEqual(['Klik [hier](javascript:alert(1)) of [daar](data:text/html,x)']);
    expect(linkParts('Geen link: [alleen haken] en (https://los.nl)')).toEqual(['Geen link: [alleen haken] en (https://los.nl)']);
    expect(linkParts('')).toEqual([]);
  });
});
