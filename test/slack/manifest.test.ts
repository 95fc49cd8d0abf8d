import { readFile } from 'node:fs/promises';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

// gray-matter's YAML parser reads the manifest when it is wrapped as front matter. The manifest
// is free-form YAML: `any` lets the test walk it the way Slack reads it.
async function manifest(): Promise<Record<string, any>> {
  const text = await readFile(new URL('../../manifest.yml', import.meta.url), 'utf8');
  return matter(`---\n${text}\n---\n`).data as Record<string, any>;
}

describe('manifest.yml', () => {
  it('declares /reports, the events, interactivity, Socket Mode, the Home and Messages tabs', async () => {
    const m = await manifest();
    expect(m.features.slash_commands).toEqual([expect.objectContaining({ command: '/reports', usage_hint: expect.stringContaining('<question>') })]);
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(m.features.bot_user.display_name).toBeTruthy();
    // Suggested prompts without a thread and statuses need the agent messaging experience.
    expect(m.features.agent_view.agent_description.length).toBeLessThanOrEqual(300);
    expect(m.features).not.toHaveProperty('assistant_view');
  });

  it('declares the shortcuts with the callback ids the bot listens to, within Slack\'s limits', async () => {
    const shortcuts = (await manifest()).features.shortcuts as Array<Record<string, string>>;
    expect(shortcuts.map((s) => [s.type, s.callback_id])).toEqual([
      ['message', 'check_against_reports'],
      ['global', 'ask_reports'],
    ]);
    for (const s of shortcuts) {
      expect(s.name?.length).toBeLessThanOrEqual(24);
      expect(s.description?.length).toBeLessThanOrEqual(150);
    }
  });

  it('asks for the bot scopes the bot uses and no more, each with a comment saying why', async () => {
    const text = await readFile(new URL('../../manifest.yml', import.meta.url), 'utf8');
    const scopeLines = text.slice(text.indexOf('    bot:'), text.indexOf('settings:')).split('\n');
    scopeLines.forEach((line, i) => {
      if (/^\s+- /.test(line)) expect(scopeLines[i - 1], `no comment above ${line.trim()}`).toMatch(/^\s+#/);
    });
    expect([...(await manifest()).oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'assistant:write', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
  });
});
