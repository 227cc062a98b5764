# center/ljust/rjust/zfill/expandtabs and format alignment with fill characters.
for w in ["a", "ab", "abc", "abcd"]:
    print(repr(w.center(6)), repr(w.center(6, "*")), repr(w.ljust(5, ".")), repr(w.rjust(5)), repr(w.center(1)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
print(f"[{'x':-^7}] [{'x':<3}] [{'x':>3}] [{'long text':.4}] [{'pad':10.2}]")
print("[%5s] [%-5s] [%.2s] [%5.1s]" % ("ab", "ab", "abc", "xyz"))
print("[{:^9}] [{:_<6}] [{:>6}] [{:=^5}]".format("mid", "l", "r", ""))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
