# repr() quoting and escaping rules for str and bytes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bell\a", "nul\0",
           "back\\slash", "\x7f", "\x80", "\xa0", "\xad", "é", "\u2028", "\U0010ffff", ""]
for s in samples:
    print(repr(s))
bs = [b"plain", b"it's", b'"', b"'\"", b"\x00\x7f\x80\xff", b"\t\n\r", b"\\"]
for b in bs:
    print(repr(b))
print(str(samples[:3]), str((samples[1],)))
