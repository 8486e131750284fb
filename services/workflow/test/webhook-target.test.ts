import { webhookTargetProblem } from '@phoihop/workflow';

/** Names that point where the test says, as a DNS answer would. */
const dns: Record<string, string[]> = {
  'hooks.tnmt.hatinh.gov.vn': ['203.162.0.11'],
  'noi-bo.hatinh.gov.vn': ['10.1.2.3'],
  'nhieu-dia-chi.example.vn': ['203.162.0.12', '192.168.0.5'],
  'localhost': ['127.0.0.1', '::1'],
};
const resolve = async (host: string) => dns[host] ?? [];
const production = { allowLoopback: false, resolve };
const development = { allowLoopback: true, resolve };

describe('webhook targets (SSRF)', () => {
  it.each([
    ['https to a public host', 'https://hooks.tnmt.hatinh.gov.vn/phoihop'],
    ['https to a public address', 'https://203.162.0.11/phoihop'],
    ['a name that does not resolve yet (checked again at send time)', 'https://chua-co.hatinh.gov.vn/hook'],
  ])('production accepts %s', async (_label, url) => {
    expect(await webhookTargetProblem(url, production)).toBeNull();
  });

  it.each([
    ['plain http', 'http://hooks.tnmt.hatinh.gov.vn/phoihop'],
    ['localhost', 'https://localhost:8443/hook'],
    ['a loopback address', 'https://127.0.0.2/hook'],
    ['IPv6 loopback', 'https://[::1]/hook'],
    ['a name pointing to a private address', 'https://noi-bo.hatinh.gov.vn/hook'],
    ['a name with one private address among public ones', 'https://nhieu-dia-chi.example.vn/hook'],
    ['link-local', 'https://169.254.169.254/latest/meta-data'],
    ['CGNAT', 'https://100.64.0.1/hook'],
    ['the unspecified address', 'https://0.0.0.0/hook'],
    ['credentials in the URL', 'https://user:pass@hooks.tnmt.hatinh.gov.vn/hook'],
    ['another scheme', 'ftp://hooks.tnmt.hatinh.gov.vn/hook'],
  ])('production refuses %s', async (_label, url) => {
    expect(await webhookTargetProblem(url, production)).toMatch(/Webhook|webhook/);
  });

  it('outside production allows localhost, over http too, and nothing else private', async () => {
    expect(await webhookTargetProblem('http://localhost:9000/hook', development)).toBeNull();
    expect(await webhookTargetProblem('http://127.0.0.1:9000/hook', development)).toBeNull();
    expect(await webhookTargetProblem('https://10.1.2.3/hook', development)).toMatch(/mạng nội bộ/);
    expect(await webhookTargetProblem('http://hooks.tnmt.hatinh.gov.vn/hook', development)).toMatch(/https/);
  });
});
