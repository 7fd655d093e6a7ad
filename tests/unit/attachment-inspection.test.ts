/**
 * What a document is, from its bytes: the real type decides, not the name; text must be text; names are
 * made safe to show and to send back in a header. Pure logic (file-type on buffers), no server.
 */
import { DEFAULT_ATTACHMENT_RULES } from '../../src/plugins/complaints/shared/contracts/attachments';
import { inspect, safeFileName } from '../../src/plugins/complaints/server/src/attachments/inspect';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a40000000049454e44ae426082', 'hex');

describe('inspecting a document', () => {
  it('takes the type from the bytes, whatever the name says', async () => {
    expect(await inspect(PNG, 'scan.pdf', DEFAULT_ATTACHMENT_RULES)).toEqual({ ok: true, type: 'image/png', fileName: 'scan.pdf' });
    expect(await inspect(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'brief', DEFAULT_ATTACHMENT_RULES)).toEqual({ ok: true, type: 'application/pdf', fileName: 'brief.pdf' });
  });

  it('accepts plain UTF-8 text and refuses bytes that are neither a known type nor text', async () => {
    expect(await inspect(Buffer.from('Notitie: de monteur kwam niet.\r\nGroet, Anouk\n'), 'notitie.txt', DEFAULT_ATTACHMENT_RULES)).toMatchObject({ ok: true, type: 'text/plain' });
    const binary = await inspect(Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x10]), 'foto.jpg', DEFAULT_ATTACHMENT_RULES);
    expect(binary).toEqual({ ok: false, reason: { nl: '"foto.jpg" is geen bestand dat wij aannemen (wel: PDF, JPEG, PNG, DOCX, ODT, TXT).', en: '"foto.jpg" is not a kind of file we accept (accepted: PDF, JPEG, PNG, DOCX, ODT, TXT).' } });
    expect(await inspect(Buffer.from([0xc3, 0x28, 0x41]), 'latin.txt', DEFAULT_ATTACHMENT_RULES)).toMatchObject({ ok: false });
  });

  it('refuses an allowed type the site has switched off, an empty file and one over the size limit', async () => {
    expect(await inspect(PNG, 'a.png', { ...DEFAULT_ATTACHMENT_RULES, types: ['application/pdf'] })).toMatchObject({ ok: false, reason: { en: '"a.png" is not a kind of file we accept (accepted: PDF).' } });
    expect(await inspect(Buffer.alloc(0), 'leeg.pdf', DEFAULT_ATTACHMENT_RULES)).toEqual({ ok: false, reason: { nl: '"leeg.pdf" is leeg.', en: '"leeg.pdf" is empty.' } });
    expect(await inspect(Buffer.alloc(2048, 0x41), 'groot.txt', { ...DEFAULT_ATTACHMENT_RULES, maxMegabytes: 0.001 })).toMatchObject({ ok: false, reason: { nl: '"groot.txt" is groter dan 0.001 MB.' } });
  });

  it('makes names safe: no folders, no control or header characters, an extension when there is none', () => {
    expect(safeFileName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(safeFileName('C:\\Users\\anouk\\foto "1".jpg', 'image/jpeg')).toBe('foto 1.jpg');
    expect(safeFileName('rapport\r\nX-Evil: 1', 'application/pdf')).toBe('rapportX-Evil 1.pdf');
    expect(safeFileName('', 'application/pdf')).toBe('document.pdf');
    expect(safeFileName('x'.repeat(300), 'text/plain')).toHaveLength(124);
  });
});
