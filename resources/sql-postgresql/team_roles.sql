-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team roles on a PostgreSQL workspace (issue 18; models/teamroles.h).
-- Run statement by statement (TeamRoles::install) by Database::migrate as the
-- workspace's owner, inside the transaction of schema version 20 (and of 23
-- for a workspace made before it).
--
-- Three NOLOGIN group roles of this workspace's own. @viewer@, @operator@ and
-- @admin@ stand for their names, which TeamRoles::install puts in before it
-- runs a statement, from the table team_groups: PostgreSQL's roles belong to
-- the whole server (cluster), so each workspace's groups carry its
-- database's name (TeamRoles::workspaceGroup: campaign_pilot_<name>_viewer),
-- and two teams on one server do not share them. A workspace made before
-- schema 23 keeps the server-wide campaign_pilot_viewer, _operator, _admin
-- it has been using. Each person logs in with a login role of their own
-- that is a member of one group:
--   viewer    reads everything; writes nothing
--   operator  a viewer who also approves, rejects, edits and sends
--             (recommendations, approvals, outbox, audit entries: insert
--             only), up to the policy's limit (max_daily_budget, see below)
--   admin     an operator who also writes the policy, the workspace's
--             settings and connections, cycles and imports, and manages the
--             team (through cp_team_add / cp_team_remove below)
-- The workspace's owner (the role that created the database and runs the
-- migrations) and superusers are above all of them: they own the tables and
-- could drop any trigger, so nothing here pretends to hold them back. The
-- headless station runs as the owner.
-- Quiet: the IF EXISTS below are not news on a first run.
SET LOCAL client_min_messages = warning;
DO $roles$
BEGIN
    -- A login role of a group's name is never taken for a group (no member
    -- can be called campaign_pilot_..., cp_team_add refuses it). Groups of
    -- these names that already exist are taken only as TeamRoles::install
    -- checked them: with no members beyond their own chain (and whoever
    -- makes the workspace).
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname IN ('@viewer@', '@operator@', '@admin@') AND rolcanlogin) THEN
        RAISE EXCEPTION 'a login role named like one of this workspace''s team groups (@viewer@, @operator@, @admin@) exists on this server: '
                        'rename or drop it first' USING ERRCODE = 'duplicate_object';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '@viewer@') THEN
        CREATE ROLE @viewer@ NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '@operator@') THEN
        CREATE ROLE @operator@ NOLOGIN IN ROLE @viewer@;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '@admin@') THEN
        CREATE ROLE @admin@ NOLOGIN IN ROLE @operator@;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'the team roles @viewer@, @operator@ and @admin@ do not exist on this server '
                    'and role % may not create them: a superuser (or a role with CREATEROLE) opens the workspace once, '
                    'or creates them: CREATE ROLE @viewer@ NOLOGIN; CREATE ROLE @operator@ NOLOGIN IN ROLE @viewer@; '
                    'CREATE ROLE @admin@ NOLOGIN IN ROLE @operator@; and lets the workspace''s owner add members: '
                    'GRANT @viewer@, @operator@, @admin@ TO % WITH ADMIN OPTION', session_user, session_user;
END
$roles$;

-- Nothing for anyone who is not in a group; the groups' grants below.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO @viewer@;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO @viewer@;
-- Tables a later version adds are readable too (their writes are granted
-- by that version).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO @viewer@;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO @operator@;

-- Operators: deciding and sending. Credentials are never in the database
-- (the OS keychain holds them), so there is nothing secret to withhold.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO @operator@;
GRANT UPDATE ON recommendations TO @operator@;
GRANT INSERT ON approvals TO @operator@;
GRANT INSERT, UPDATE ON outbox TO @operator@;
GRANT INSERT ON audit_log TO @operator@;
-- What sending learns and applies: a platform's missing capabilities, a
-- campaign's new state.
GRANT INSERT, UPDATE, DELETE ON platform_capabilities TO @operator@;
GRANT INSERT, UPDATE ON campaigns TO @operator@;

-- The emergency stop is every operator's (settings' one row they may
-- write; the rest of the settings are an admin's): row-level security.
GRANT INSERT, UPDATE ON settings TO @operator@;
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS settings_read ON settings;
DROP POLICY IF EXISTS settings_admin ON settings;
DROP POLICY IF EXISTS settings_stop_insert ON settings;
DROP POLICY IF EXISTS settings_stop_update ON settings;
CREATE POLICY settings_read ON settings FOR SELECT USING (true);
CREATE POLICY settings_admin ON settings FOR ALL TO @admin@ USING (true) WITH CHECK (true);
CREATE POLICY settings_stop_insert ON settings FOR INSERT TO @operator@ WITH CHECK (key = 'emergency_stop');
CREATE POLICY settings_stop_update ON settings FOR UPDATE TO @operator@
    USING (key = 'emergency_stop') WITH CHECK (key = 'emergency_stop');

-- Admins: everything else that the program writes (policy, settings and
-- connections, cycles, imports, live snapshots, the workspace row).
GRANT INSERT, UPDATE, DELETE ON recording, products, product_days, campaigns, campaign_days, ad_totals, import_log,
      policy_versions, recommendations, outbox, settings, backend_applied, simulation_runs, live_product_totals,
      live_campaign_totals, workspace, source_windows, platform_capabilities, live_read_marks, evaluations,
      policy_proposals, approvals TO @admin@;
GRANT INSERT ON audit_log TO @admin@;
-- Nobody updates or deletes an audit entry (018's triggers also stop the owner).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM @viewer@, @operator@, @admin@;

-- Every function below names its search path, with pg_temp last: by
-- default a session's temporary schema is searched first, so a member's
-- CREATE TEMP TABLE recommendations (or approvals, policy_versions, pg_roles)
-- would stand in for the real one inside these checks ("Writing SECURITY
-- DEFINER Functions Safely", PostgreSQL manual, CREATE FUNCTION).
--
-- Whether the logged-in role stands above the team: the owner of this
-- workspace's tables (the migrations make them in the schema public), or a
-- superuser. Never NULL: "IF NOT NULL" would skip the stamping.
CREATE OR REPLACE FUNCTION cp_session_is_owner() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false)
        OR coalesce(session_user = (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c
                                     WHERE c.oid = pg_catalog.to_regclass('public.audit_log')), false)
$$;

-- One field of an audit entry's hash: "<UTF-8 byte length>:<bytes>\n"
-- (models/auditchain.cpp, AuditChain::hashOf). Built-ins only and no SET
-- clause, so that it is inlined into cp_audit_stamp (whose search path
-- holds): with one, each of an entry's six calls was a call of its own.
CREATE OR REPLACE FUNCTION cp_audit_field(v text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(octet_length(convert_to(coalesce(v, ''), 'UTF8'))::text || ':', 'UTF8')
           || convert_to(coalesce(v, ''), 'UTF8') || '\x0a'::bytea
$$;

-- The server's time as the program writes times (Qt::ISODateWithMs, UTC):
-- what a member's entry, approval and decision are stamped with, whatever
-- time the client sent (a member backdated an audit entry through psql).
CREATE OR REPLACE FUNCTION cp_now_text() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Every audit entry is stamped here, whoever writes it and however:
-- a member of the team is recorded as the role they logged in with
-- (session_user: SET ROLE does not change it), whatever name the client
-- passed; the owner's service (the station, migrations) names its agents.
-- The entry is chained here too (the same hash as AuditChain::hashOf),
-- under a lock that every writer of the log takes (AuditChain::head takes
-- the same one first), with an id drawn under that lock, so that ids and
-- the chain run in the same order. The owner's program (the station, a
-- cycle) chains its entries itself under the same lock (AuditChain::head
-- takes it before the first, and the transaction holds it), so an entry of
-- the owner's that comes chained is kept as it is: re-chaining it here cost
-- a cycle's save 17.6 s of 10,005 entries (bench_team). The owner could
-- drop this trigger anyway; a member's entry is always chained here.
CREATE OR REPLACE FUNCTION cp_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    previous text;
BEGIN
    IF cp_session_is_owner() THEN
        IF NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL THEN
            RETURN NEW;
        END IF;
    ELSE
        NEW.operator := session_user;
        NEW.at := cp_now_text();
    END IF;
    PERFORM pg_advisory_xact_lock(7092318452140118018);
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, '');
    NEW.hash := encode(sha256(convert_to(E'campaign-pilot audit v1\n', 'UTF8')
                              || cp_audit_field(NEW.at) || cp_audit_field(NEW.operator) || cp_audit_field(NEW.event)
                              || cp_audit_field(CASE WHEN NEW.recommendation_id > 0 THEN NEW.recommendation_id::text ELSE '' END)
                              || cp_audit_field(NEW.details) || cp_audit_field(NEW.prev_hash)), 'hex');
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS audit_log_stamp ON audit_log;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION cp_audit_stamp();

-- An approval is the logged-in role's: one role, one approval (four-eyes).
CREATE OR REPLACE FUNCTION cp_approval_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT cp_session_is_owner() THEN
        NEW.operator := session_user;
        NEW.at := cp_now_text();
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS approvals_stamp ON approvals;
CREATE TRIGGER approvals_stamp BEFORE INSERT ON approvals FOR EACH ROW EXECUTE FUNCTION cp_approval_stamp();

-- A money figure of the newest policy, in minor units (the policy's JSON
-- holds "100.00"); `fallback` when no policy was saved or it lacks the field.
CREATE OR REPLACE FUNCTION cp_policy_minor(field text, fallback bigint) RETURNS bigint LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT round(((p.json::jsonb) ->> field)::numeric * 100)::bigint
                     FROM policy_versions p ORDER BY p.version DESC LIMIT 1), fallback)
$$;

-- How many different operators must approve (Rules::approvalsNeeded, four-eyes):
-- two for a budget increase above four_eyes_budget_increase_above or a daily
-- budget above four_eyes_daily_spend_above (0: off, the default), else one.
CREATE OR REPLACE FUNCTION cp_approvals_needed(action text, proposed bigint, previous bigint) RETURNS int LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    increase_above bigint := cp_policy_minor('four_eyes_budget_increase_above', 0);
    daily_above bigint := cp_policy_minor('four_eyes_daily_spend_above', 0);
    daily bigint;
    before bigint;
BEGIN
    IF action IN ('none', 'pause') THEN
        RETURN 1;
    END IF;
    -- (Assignments: a CASE inside IF's condition would end it at its THEN.)
    daily := CASE WHEN action IN ('create', 'set_budget') THEN proposed WHEN action = 'resume' THEN coalesce(previous, proposed) END;
    before := CASE WHEN action = 'create' THEN 0 ELSE coalesce(previous, 0) END;
    IF increase_above > 0 AND proposed IS NOT NULL AND action IN ('create', 'set_budget') AND proposed - before > increase_above THEN
        RETURN 2;
    END IF;
    IF daily_above > 0 AND daily IS NOT NULL AND daily > daily_above THEN
        RETURN 2;
    END IF;
    RETURN 1;
END
$$;

-- Deciding a recommendation, for a member of the team: who decided is the
-- logged-in role; an approval needs that role's row in approvals and as
-- many different operators' rows as four-eyes asks (so a raw UPDATE cannot
-- skip them); and an operator (not an admin) approves no daily budget above
-- the policy's limit, max_daily_budget ("Daily budget, at most": the
-- guardrail no campaign is proposed or approved above; 100.00 by default).
CREATE OR REPLACE FUNCTION cp_recommendation_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    cap bigint;
    needed int;
    given int;
BEGIN
    IF cp_session_is_owner() THEN
        RETURN NEW;
    END IF;
    -- What was decided is what is sent: once a recommendation is no longer
    -- pending, no member changes what it does (the sender reads these).
    IF OLD.status <> 'pending' AND (NEW.action IS DISTINCT FROM OLD.action OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
        OR NEW.product_id IS DISTINCT FROM OLD.product_id OR NEW.proposed_budget_minor IS DISTINCT FROM OLD.proposed_budget_minor
        OR NEW.previous_budget_minor IS DISTINCT FROM OLD.previous_budget_minor OR NEW.campaign_name IS DISTINCT FROM OLD.campaign_name
        OR NEW.ad_copy IS DISTINCT FROM OLD.ad_copy OR NEW.copy_json IS DISTINCT FROM OLD.copy_json
        OR NEW.duration_days IS DISTINCT FROM OLD.duration_days) THEN
        RAISE EXCEPTION 'recommendation % is %: what it does can no longer change', NEW.id, OLD.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('approved', 'rejected') THEN
        NEW.decided_by := session_user;
        NEW.decided_at := cp_now_text();
    END IF;
    IF NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved' THEN
        IF NOT EXISTS (SELECT 1 FROM approvals WHERE recommendation_id = NEW.id AND operator = session_user) THEN
            RAISE EXCEPTION 'recommendation % has no approval by %: an approval is recorded first', NEW.id, session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        needed := cp_approvals_needed(NEW.action, NEW.proposed_budget_minor, NEW.previous_budget_minor);
        SELECT count(DISTINCT operator) INTO given FROM approvals WHERE recommendation_id = NEW.id;
        IF given < needed THEN
            RAISE EXCEPTION 'recommendation % needs % different operators'' approvals (four-eyes), it has %', NEW.id, needed, given
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.status = 'approved' AND (OLD.status IS DISTINCT FROM 'approved' OR NEW.proposed_budget_minor IS DISTINCT FROM OLD.proposed_budget_minor)
       AND NOT pg_has_role(session_user, '@admin@', 'MEMBER') THEN
        cap := cp_policy_minor('max_daily_budget', 10000);
        IF NEW.proposed_budget_minor IS NOT NULL AND NEW.proposed_budget_minor > cap THEN
            RAISE EXCEPTION 'an operator approves no daily budget above the policy''s limit (% minor units); an admin must approve recommendation %',
                cap, NEW.id USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS recommendations_guard ON recommendations;
CREATE TRIGGER recommendations_guard BEFORE UPDATE ON recommendations FOR EACH ROW EXECUTE FUNCTION cp_recommendation_guard();

-- A member's approval comes with its outbox entry and its audit entry, in
-- the same transaction (DecisionStore::approve writes all three): checked
-- when it commits. A raw UPDATE through psql approved an item that was
-- then never sent and never audited.
CREATE OR REPLACE FUNCTION cp_approval_complete() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF cp_session_is_owner() THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM outbox WHERE recommendation_id = NEW.id)
       OR NOT EXISTS (SELECT 1 FROM audit_log WHERE recommendation_id = NEW.id AND event = 'approved') THEN
        RAISE EXCEPTION 'recommendation % was approved without its outbox and audit entries: approve it in Campaign Pilot', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS recommendations_approval_complete ON recommendations;
CREATE CONSTRAINT TRIGGER recommendations_approval_complete AFTER UPDATE ON recommendations DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved') EXECUTE FUNCTION cp_approval_complete();

-- The outbox takes only what was approved: an operator cannot put an action
-- there for a recommendation nobody approved (approve() writes the
-- recommendation's status first, in the same transaction).
CREATE OR REPLACE FUNCTION cp_outbox_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF cp_session_is_owner() OR pg_has_role(session_user, '@admin@', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM recommendations WHERE id = NEW.recommendation_id AND status = 'approved') THEN
        RAISE EXCEPTION 'recommendation % is not approved: nothing goes to the outbox without an approval', NEW.recommendation_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS outbox_guard ON outbox;
CREATE TRIGGER outbox_guard BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION cp_outbox_guard();

-- An outbox entry keeps what it sends and for which recommendation, and what
-- was sent stays sent: a member's UPDATE may move an entry through the
-- sender's states, never point it at another recommendation, change its
-- action or key, or put a done entry back in line.
CREATE OR REPLACE FUNCTION cp_outbox_update_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF cp_session_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.recommendation_id IS DISTINCT FROM OLD.recommendation_id OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key
       OR NEW.action_json IS DISTINCT FROM OLD.action_json THEN
        RAISE EXCEPTION 'outbox entry % keeps its recommendation, action and key', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.state = 'done' AND NEW.state IS DISTINCT FROM 'done' THEN
        RAISE EXCEPTION 'outbox entry % was sent: it is not sent again', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS outbox_update_guard ON outbox;
CREATE TRIGGER outbox_update_guard BEFORE UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION cp_outbox_update_guard();

-- Managing the team (campaign-pilot team add|remove): admins call these;
-- they run as the workspace's owner (SECURITY DEFINER), so that an admin
-- needs no CREATEROLE of their own (which, up to PostgreSQL 15, would let
-- them join any role on the server, the owner's included). They create
-- and drop only login roles in the three groups. The owner needs CREATEROLE
-- (or is a superuser) for them to work. pg_temp comes last in their search
-- path, and pg_roles is named with its schema: a member's temporary view
-- called pg_roles would otherwise stand in for the catalog here, and an
-- admin could drop a role outside the team. Removing a member drops the
-- login role, so a person in two teams leaves both.
CREATE OR REPLACE FUNCTION cp_team_add(member text, team_role text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF member IS NULL OR member !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR member LIKE 'campaign\_pilot\_%' OR member LIKE 'pg\_%' THEN
        RAISE EXCEPTION '"%" is not a member name', member USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF team_role IS NULL OR team_role NOT IN ('viewer', 'operator', 'admin') THEN
        RAISE EXCEPTION 'a member is a viewer, an operator or an admin, not "%"', team_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Only a SCRAM verifier: a password never reaches the server in the clear.
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Said before CREATE ROLE fails on it: that error's context quoted the
    -- statement, verifier and all, to the client and the server's log.
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = member) THEN
        RAISE EXCEPTION 'a login named % exists on this server already (in this team, another team, or someone else''s): one login is in one team, so give the member another name', member
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', member, verifier,
                   CASE team_role WHEN 'viewer' THEN '@viewer@' WHEN 'operator' THEN '@operator@' ELSE '@admin@' END);
END
$$;
CREATE OR REPLACE FUNCTION cp_team_remove(member text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = member AND NOT r.rolsuper
                   AND r.rolname NOT LIKE 'campaign\_pilot\_%'
                   AND pg_has_role(r.oid, '@viewer@', 'MEMBER')) THEN
        RAISE EXCEPTION '% is not a member of the team', member USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF member = session_user THEN
        RAISE EXCEPTION '% cannot remove their own login; another admin or the workspace''s owner does', member
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('DROP ROLE %I', member);
END
$$;
-- A pending recommendation whose budget or copy an operator changes loses
-- the approvals given to what it said before (DecisionStore::editBudget,
-- setCopy). Members may not DELETE approvals themselves (one could take back
-- another's); this function, run as the owner, drops a pending one's only.
CREATE OR REPLACE FUNCTION cp_drop_approvals(rec bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    dropped integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.recommendations WHERE id = rec AND status = 'pending') THEN
        RETURN 0;
    END IF;
    DELETE FROM public.approvals WHERE recommendation_id = rec;
    GET DIAGNOSTICS dropped = ROW_COUNT;
    RETURN dropped;
END
$$;
REVOKE ALL ON FUNCTION cp_drop_approvals(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cp_drop_approvals(bigint) TO @operator@;
REVOKE ALL ON FUNCTION cp_team_add(text, text, text), cp_team_remove(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cp_team_add(text, text, text), cp_team_remove(text) TO @admin@;

-- Which groups are this workspace's (TeamRoles::groups reads them to tell
-- who is logged in): names, not secrets, readable by anyone who connects.
GRANT SELECT ON public.team_groups TO PUBLIC;
-- Nobody but the owner makes tables here (PostgreSQL before 15 let PUBLIC
-- create in the schema public: a table planted under a name a later
-- version makes would be taken for it). A warning, not an error, for a
-- role that does not own the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- Only the team connects: a member of another workspace's team on the same
-- server is refused at the door, not just at every table. The owner of the
-- tables (the station runs as it) and the role making the workspace keep
-- CONNECT, also when a superuser runs this. A role that does not own the
-- database gets a warning, not an error: then the database stays open and
-- its owner revokes CONNECT (README, "Who is who").
DO $connect$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '@viewer@');
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(),
                   (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c WHERE c.oid = 'public.audit_log'::regclass));
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), session_user);
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    IF pg_catalog.has_database_privilege('public', current_database(), 'CONNECT') THEN
        RAISE WARNING 'database % is still open to every role on the server: its owner runs REVOKE CONNECT ON DATABASE % FROM PUBLIC',
                      current_database(), current_database();
    END IF;
END
$connect$;
