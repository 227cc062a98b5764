# String literal forms: escapes, raw strings, triple quotes, implicit concatenation, unicode.
print("tab\there", 'quote\'s', "back\\slash", "nl\\n literal")
print(r"raw\n\t", R"C:\path", len("\n"), len(r"\n"))
print("""triple
quoted""")
print("con" "cat" 'enated', ("multi "
                              "line"))
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}", "\101\60")
print(repr("\x00\x1f\x7f"), repr("é"), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(len("héllo"), "héllo".encode(), ord("é"), chr(233), chr(0x1F600) == "\U0001F600")
print(repr("\t\r\n\\"), ascii("é😀"))
s = "line1\
 continued"
print(s)
