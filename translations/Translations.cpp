// Anchor of the translation resources; the .qm files are added by qt_add_translations.
namespace danhoi {
int translationsLibraryAnchor = 0;
}
