INSERT INTO kiosk_settings (key, value) VALUES ('branch.code', '0101');
INSERT INTO kiosk_settings (key, value) VALUES ('display.language', 'zh_CN');
INSERT INTO kiosk_settings (key, value) VALUES ('greeting', '欢迎光临');
INSERT INTO session_journal (id, session_id, kind, payload) VALUES (10, 'session-a', 'form.open', X'00FF10');
INSERT INTO session_journal (id, session_id, kind, payload) VALUES (11, 'session-b', 'form.open', X'01');
INSERT INTO session_journal (id, session_id, kind, payload) VALUES (12, 'session-a', 'field.set', X'7B7D');
INSERT INTO session_journal (id, session_id, kind, payload) VALUES (15, 'session-a', 'field.set', NULL);
