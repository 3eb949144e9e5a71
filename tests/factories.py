import factory
from allauth.account.models import EmailAddress

from accounts.models import Organisation, User
from accounts.roles import Role, assign_role


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Savivaldybė {n}")
    kind = Organisation.Kind.MUNICIPALITY
    region = "Biržų rajono savivaldybė"
    country = Organisation.Country.LITHUANIA


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Ona"
    last_name = factory.Sequence(lambda n: f"Onaitė{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    preferred_language = "lt"
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            assign_role(self, extracted or Role.LEARNER)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )


PASSWORD = "correct horse battery staple"
