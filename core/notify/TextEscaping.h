#pragma once

#include <QString>

namespace tfdrift::notify {

// Event text is attacker-controlled (a user name, a resource id): each channel gets it inert.

// Slack mrkdwn: &, < and > become entities, so "<!channel>" or "<http://x|click>" cannot form a
// mention or a link. Slack's formatting characters (*, _, ~, `) at a word's edge are neutralised with
// a zero-width space after them, since mrkdwn has no escape character.
QString escapeSlackMrkdwn(const QString &text);

// Discord markdown: a backslash before each formatting character, and "@" followed by a zero-width
// space so that "@everyone" reads as text even where allowed_mentions does not apply.
QString escapeDiscordMarkdown(const QString &text);

// Cuts `text` to at most `limit` characters, ending with an ellipsis when it was longer.
QString truncated(const QString &text, qsizetype limit);

} // namespace tfdrift::notify
