# if __name__ == "__main__" and module-level dunder names.
def main():
    print("main runs", __name__)
print("module body first")
if __name__ == "__main__":
    main()
else:
    print("imported")
print(main.__module__, main.__qualname__)
class K:
    def m(self):
        def inner():
            pass
        return inner
print(K.__module__, K.__qualname__, K.m.__qualname__, K().m().__qualname__)
print(__doc__)
