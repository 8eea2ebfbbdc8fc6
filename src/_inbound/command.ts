/**
 * Answers `command.execute`: a slash command of the session (`commands`)
 * was run. The answer (`session.commands.handlePendingCommand`) carries an
 * `error` when the command is unknown or its handler threw.
 *
 * @module
 */

import type { EventResponder } from "./responder.ts";

/** The data of a `command.execute` event. */
interface CommandExecuteData {
  requestId: string;
  command: string;
  commandName: string;
  args: string;
}

/** Runs the session's command; a session without commands leaves it to other clients. */
export const commandResponder: EventResponder<CommandExecuteData> = {
  event: "command.execute",
  completedBy: "command.completed",
  answerMethod: "session.commands.handlePendingCommand",
  accepts: (session) => (session.callbacks.commands?.size ?? 0) > 0,
  async respond(session, data) {
    const command = session.callbacks.commands!.get(data.commandName);
    if (!command) return { error: `Unknown command: ${data.commandName}` };
    try {
      await command.handler({
        sessionId: session.sessionId,
        command: data.command,
        commandName: data.commandName,
        args: data.args ?? "",
      });
      return {};
    } catch (error) {
      session.report(error);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  },
  fallback: (reason) => ({ error: reason }),
};
