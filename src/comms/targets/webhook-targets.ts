/** Chat and generic webhooks: a Slack-compatible `{text}` payload, or the whole update as JSON. */
import { postJson } from './http-post.js';
import { settle, type UpdateMessage, type UpdateTarget } from './target.js';

export interface WebhookOptions {
  /** The URL as configured, or undefined when it comes from an environment variable. */
  url: string | undefined;
  urlEnv: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  headers?: Record<string, string>;
  timeoutMs: number;
}

/** The URL to post to; read from the environment at posting time so a rotated secret is picked up. */
function resolveUrl(options: WebhookOptions): string {
  if (options.url) return options.url;
  const name = options.urlEnv ?? '';
  const value = options.env[name];
  if (!value) throw new Error(`environment variable ${name} (urlEnv) is not set`);
  try {
    new URL(value);
  } catch {
    throw new Error(`environment variable ${name} does not hold a URL`);
  }
  return value;
}

/** Slack treats &, < and > as markup (`<!channel>` pings everyone); everything else is sent as written. */
export function escapeSlackText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Slack's mrkdwn marks bold with single asterisks; the templates' markdown `**bold**` would show its stars. */
export function toSlackMrkdwn(text: string): string {
  return escapeSlackText(text).replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '*$1*');
}

/** The generic webhook body: every field of the update. */
export function webhookPayload(message: UpdateMessage): Record<string, unknown> {
  return { source: 'warroom', ...message, text: message.text.trim() };
}

/** A Slack-compatible incoming webhook (also Mattermost, Rocket.Chat, Discord's /slack endpoint). */
export function slackTarget(name: string, options: WebhookOptions): UpdateTarget {
  return {
    name,
    post: (message) =>
      settle(name, () =>
        postJson({ url: resolveUrl(options), body: { text: toSlackMrkdwn(message.text.trim()) }, timeoutMs: options.timeoutMs }),
      ),
  };
}

/** A generic JSON webhook receiving the whole update. */
export function jsonWebhookTarget(name: string, options: WebhookOptions): UpdateTarget {
  return {
    name,
    post: (message) =>
      settle(name, () =>
        postJson({
          url: resolveUrl(options),
          body: webhookPayload(message),
          timeoutMs: options.timeoutMs,
          ...(options.headers ? { headers: options.headers } : {}),
        }),
      ),
  };
}
