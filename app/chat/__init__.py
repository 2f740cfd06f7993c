"""Chat use cases, the same for the CLI, the window, the compare panes and the API.

  messages               ChatMessage, ChatReply, ReplyStats, StopReason: the chat's own types
                         (they depend on nothing else in Paddock)
  turn                   run_turn(): record the message, make the model ready, stream and record
                         the reply; ChatSession for a front end that drives turns from one thread
  model_loading          ModelLoader: load after the planner's fit check (or anyway, when asked)
  conversation_recorder  the store side of a turn: messages and replies with fixed links
  titles                 short conversation titles (first words, or asked of the model)
  system_prompt          the default system prompt (answer in the person's language)
"""
