-- Single sign-on links a provider's subject to exactly one local account.
CREATE UNIQUE INDEX app_user_external_subject_uk ON app_user (external_subject);
-- The user administration sorts by display name and user name.
CREATE INDEX app_user_display_name_ix ON app_user (display_name);
CREATE INDEX app_user_role_role_ix ON app_user_role (role);
