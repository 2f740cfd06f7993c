"""Conversation history in one SQLite database (through sqlite-utils).

Modules, each owning one thing:
  location      where the database, its backups and its session locks live
  errors        the store's expected errors (AppError subclasses)
  database      the ONLY sqlite_utils importer: connections, pragmas, error mapping
  records       stored enums and frozen records (stored on disk: values never change)
  migrations    append-only schema migrations
  sessions      which processes are alive (to tell a crash from a live stream)
  backups       backups before migrations and daily; setting a damaged file aside
  opening       open_store(): integrity check, restore, backup, migrate, recover
  conversations conversations: create, list, rename, pin, delete
  messages      messages and branches (edit / regenerate keep the alternatives)
  alternatives  each thread message's alternatives, for "‹ 2/3 ›"
  streaming     an assistant reply saved from its first token, at a bounded rate
  textfold      diacritics folding and highlighted snippets for search
  search        full-text search (FTS5 trigram) with filters
  importing     storing parsed conversations in one transaction; ids from content; LeftOut
  import_files  import_file(): a .json or .zip read as a stream, zip inflation capped
  json_stream   a large JSON document decoded one list item at a time
  export_json   Paddock JSON export / import (documented schema, exact round trip)
  export_markdown  Markdown export
  export_files  exports written a conversation at a time, all or nothing
  import_chatgpt   ChatGPT `conversations.json` import (broken parent links repaired)
"""
