-- A new password ends the account's sessions, whichever code path sets it (an admin's reset, the
-- user's own change), in the same transaction. A transaction may keep one session alive — the one
-- changing its own password — by naming it in the transaction-local setting portal.keep_session.
CREATE FUNCTION end_sessions_on_password_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE user_sessions
     SET revoked_at = now(), revoked_reason = 'password-change'
   WHERE user_id = NEW.id
     AND revoked_at IS NULL
     AND id IS DISTINCT FROM nullif(current_setting('portal.keep_session', true), '');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_password_change_ends_sessions
  AFTER UPDATE OF password_hash ON users
  FOR EACH ROW
  WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash)
  EXECUTE FUNCTION end_sessions_on_password_change();
