INSERT INTO kiosk_settings (key, value) VALUES ('branch.code', '0101');
INSERT INTO kiosk_settings (key, value) VALUES ('greeting', '欢迎光临');
INSERT INTO session_journal (id, session_id, kind, payload, sequence) VALUES (10, 'session-a', 'form.open', X'00FF10', 1);
INSERT INTO session_journal (id, session_id, kind, payload, sequence) VALUES (11, 'session-b', 'form.open', X'01', 1);
INSERT INTO session_journal (id, session_id, kind, payload, sequence) VALUES (12, 'session-a', 'field.set', X'7B7D', 2);
