# if __name__ == "__main__":
def main():
    print('main called, __name__ =', __name__)
    return 0
print('module level', __name__, type(__name__))
if __name__ == '__main__':
    main()
else:
    print('imported')
if __name__ != '__main__':
    print('not main')
