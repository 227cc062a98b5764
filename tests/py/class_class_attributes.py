# Class attributes shared vs shadowed by instance attributes; mutable class attribute pitfall.
class Config:
    defaults = {"debug": False}
    tags = []
    level = 1
a, b = Config(), Config()
a.tags.append("shared!")
print(b.tags, Config.tags)
a.level = 5
print(a.level, b.level, Config.level, "level" in vars(a), "level" in vars(b))
Config.level = 2
print(a.level, b.level)
a.tags = ["own"]
print(a.tags, b.tags)
class Sub(Config):
    level = 10
print(Sub.level, Sub().defaults, Sub.tags is Config.tags)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
setattr(Config, "added", "later")
print(b.added, Sub.added)
