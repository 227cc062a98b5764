# printf-style %-formatting: types, widths, flags, dict mapping keys, tuples and literal %.
print("%s %s" % ("a", 1), "%r" % ("q",), "%s" % [1, 2], "%s" % (("tuple",),))
print("%d %i %f %.2f %e %g %G %x %o %c %%" % (1, 2, 3.5, 2.345, 12345.6789, 0.00001, 1e20, 255, 8, 66))
print("%5d|%-5d|%05d|%+d|% d|%*d|%-*d|" % (42, 42, 42, 42, 42, 6, 42, 4, 7))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bo", "age": 7})
print("%.3s|%10.3f|%-10.1e|%#x|%#o|%#X" % ("abcdef", 3.14159, 12345.0, 255, 8, 255))
print("%s" % None, "%s %s" % (True, 1.0), "%d" % True, "%.0f" % 2.5, "%.0f" % 3.5, "%x" % -255)
print("100%% sure", "%s%%" % 50)
for fmt, args in [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s-%d" % (b"bytes", 5), b"%x" % 255)
