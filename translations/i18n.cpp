// The translations themselves are compiled into this library's resources by qt_add_translations.
namespace pn {
int i18nLibraryAnchor()
{
    return 1;
}
} // namespace pn
