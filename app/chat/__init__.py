"""Conversations: prompt building and the default system prompt."""
