# Case conversion and predicates: upper/lower/title/capitalize/swapcase/casefold, is* methods.
s = "hello WORLD it's 3rd-time"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ß".upper(), "ß".casefold(), "ÉCOLE".lower(), "élan vital".title(), "ÀB".swapcase())
tests = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Hello World", "hello world", "\t\n", "²", "x_y", "_ok", "1abc"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
