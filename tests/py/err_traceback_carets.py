# 3.11 fine-grained error locations: ~ and ^ markers under a chained subscript inside a larger expression.
config = {"db": {"host": "localhost"}}
def get_port(cfg):
    return cfg["db"]["port"] + 1
def describe(cfg):
    host = cfg["db"]["host"]
    return host.upper() + ":" + str(get_port(cfg))
print(config["db"]["host"])
print(describe(config))
