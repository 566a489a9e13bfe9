# a library management system: classes, exceptions, dict indexes, sorting
class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    pass
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None
    def __repr__(self):
        return f'<{self.title} ({self.year})>'
class Member:
    LIMIT = 2
    def __init__(self, name):
        self.name = name
        self.books = []
class Library:
    def __init__(self):
        self.books, self.members = {}, {}
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
    def lend(self, isbn, name):
        b, m = self.books[isbn], self.members[name]
        if b.borrower:
            raise NotAvailable(f'{b.title!r} is with {b.borrower.name}')
        if len(m.books) >= m.LIMIT:
            raise LimitReached(f'{name} already has {len(m.books)} books')
        b.borrower = m
        m.books.append(b)
    def give_back(self, isbn):
        b = self.books[isbn]
        b.borrower.books.remove(b)
        b.borrower = None
    def by_author(self):
        out = {}
        for b in sorted(self.books.values(), key=lambda b: b.year):
            out.setdefault(b.author, []).append(b.title)
        return out
lib = Library()
lib.add(Book(1, 'Dune', 'Herbert', 1965), Book(2, 'Emma', 'Austen', 1815), Book(3, 'Persuasion', 'Austen', 1817),
        Book(4, 'Neuromancer', 'Gibson', 1984))
for n in ['ann', 'bob']:
    lib.join(n)
for isbn, who in [(1, 'ann'), (2, 'ann'), (3, 'ann'), (1, 'bob'), (4, 'bob'), (9, 'bob'), (2, 'zed')]:
    try:
        lib.lend(isbn, who)
        print(f'lent {isbn} to {who}')
    except LibraryError as e:
        print(f'{type(e).__name__}: {e}')
    except KeyError as e:
        print('no such', e)
lib.give_back(1)
lib.lend(1, 'bob')
for m in lib.members.values():
    print(m.name, m.books)
print(lib.by_author())
print(sorted(lib.books.values(), key=lambda b: (b.author, -b.year)))
print([b.title for b in lib.books.values() if b.borrower is None])
