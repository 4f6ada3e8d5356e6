# Generated from specs/tmf/TMF648-QuoteManagement-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class AgreementItemRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    agreement_item_id: Annotated[
        str | None,
        Field(alias="agreementItemId", description="Identifier of the agreement"),
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AgreementRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the agreement")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AnyModel(RootModel[Any]):
    root: Any


class AppointmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="The identifier of the referred appointment")]
    href: Annotated[
        str | None, Field(description="The reference of the appointment")
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="An explanatory text regarding the appointment made with a party"
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation",
        ),
    ] = None


class Attachment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier for this particular attachment"),
    ] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None,
        Field(
            alias="attachmentType", description="Attachment type such as video, picture"
        ),
    ] = None
    content: Annotated[
        str | None,
        Field(
            description="The actual contents of the attachment object, if embedded, encoded as base64"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    mime_type: Annotated[
        str | None,
        Field(
            alias="mimeType",
            description="Attachment mime type such as extension file for video, picture and document",
        ),
    ] = None
    name: Annotated[str | None, Field(description="The name of the attachment")] = None
    url: Annotated[
        str | None,
        Field(
            description="Uniform Resource Locator, is a web page address (a subset of URI)"
        ),
    ] = None
    size: Annotated[
        Quantity | None, Field(description="The size of the attachment.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which the attachment is valid",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class AttachmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique-Identifier for this attachment")]
    href: Annotated[
        str | None,
        Field(description="URL serving as reference for the attachment resource"),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    url: Annotated[
        str | None, Field(description="Link to the attachment media/content")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AttachmentRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier for this particular attachment"),
    ] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None,
        Field(
            alias="attachmentType", description="Attachment type such as video, picture"
        ),
    ] = None
    content: Annotated[
        str | None,
        Field(
            description="The actual contents of the attachment object, if embedded, encoded as base64"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    mime_type: Annotated[
        str | None,
        Field(
            alias="mimeType",
            description="Attachment mime type such as extension file for video, picture and document",
        ),
    ] = None
    name: Annotated[str | None, Field(description="The name of the attachment")] = None
    url: Annotated[
        str | None,
        Field(
            description="Uniform Resource Locator, is a web page address (a subset of URI)"
        ),
    ] = None
    size: Annotated[
        Quantity | None, Field(description="The size of the attachment.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which the attachment is valid",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Authorization(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    given_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="givenDate",
            description="Date when the authorization (approved or declined) was done",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the required authorization")
    ] = None
    requested_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedDate",
            description="Date when the authorization is requested for",
        ),
    ] = None
    signature_representation: Annotated[
        str | None,
        Field(
            alias="signatureRepresentation",
            description="To describe a digital or manual signature",
        ),
    ] = None
    state: Annotated[
        str | None,
        Field(description="State of the authorization, such as: approved or declined"),
    ] = None
    approver: list[RelatedParty] | None = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class BillingAccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the billing account")]
    href: Annotated[
        str | None, Field(description="Reference of the billing account")
    ] = None
    name: Annotated[str | None, Field(description="Name of the billing account")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Characteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(description="Name of the characteristic")]
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="Data type of the value of the characteristic",
        ),
    ] = None
    value: Annotated[AnyModel, Field(description="The value of the characteristic")]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class ContactMedium(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    medium_type: Annotated[
        str | None,
        Field(
            alias="mediumType",
            description="Type of the contact medium, such as: email address, telephone number, postal address",
        ),
    ] = None
    preferred: Annotated[
        bool | None,
        Field(description="If true, indicates that is the preferred contact medium"),
    ] = None
    characteristic: Annotated[
        MediumCharacteristic | None,
        Field(description="Any additional characteristic(s) of this contact medium"),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The time period that the contact medium is valid for",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Error(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[
        str,
        Field(
            description="Application relevant detail, defined in the API or a common list."
        ),
    ]
    reason: Annotated[
        str,
        Field(
            description="Explanation of the reason for the error which can be shown to a client user."
        ),
    ]
    message: Annotated[
        str | None,
        Field(
            description="More details and corrective actions related to the error which can be shown to a client user."
        ),
    ] = None
    status: Annotated[str | None, Field(description="HTTP Error code extension")] = None
    reference_error: Annotated[
        AnyUrl | None,
        Field(
            alias="referenceError",
            description="URI of documentation describing the error.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class.",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name.",
        ),
    ] = None


class EventSubscription(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the listener")]
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = (
        None
    )


class EventSubscriptionInput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = (
        None
    )


class MediumCharacteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    city: Annotated[str | None, Field(description="The city")] = None
    contact_type: Annotated[
        str | None,
        Field(
            alias="contactType",
            description="The type of contact, for example: phone number such as mobile, fixed home, fixed office. postal address such as shipping instalation…",
        ),
    ] = None
    country: Annotated[str | None, Field(description="The country")] = None
    email_address: Annotated[
        str | None,
        Field(
            alias="emailAddress", description="Full email address in standard format"
        ),
    ] = None
    fax_number: Annotated[
        str | None,
        Field(alias="faxNumber", description="The fax number of the contact"),
    ] = None
    phone_number: Annotated[
        str | None,
        Field(
            alias="phoneNumber", description="The primary phone number of the contact"
        ),
    ] = None
    post_code: Annotated[
        str | None, Field(alias="postCode", description="Postcode")
    ] = None
    social_network_id: Annotated[
        str | None,
        Field(
            alias="socialNetworkId",
            description="Identifier as a member of a social network",
        ),
    ] = None
    state_or_province: Annotated[
        str | None, Field(alias="stateOrProvince", description="State or province")
    ] = None
    street1: Annotated[str | None, Field(description="Describes the street")] = None
    street2: Annotated[
        str | None, Field(description="Complementary street description")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Model(RootModel[Any]):
    root: Any


class Money(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    unit: Annotated[
        str | None,
        Field(
            description="Currency (ISO4217 norm uses 3 letters to define the currency)"
        ),
    ] = None
    value: Annotated[
        float | None, Field(description="A positive floating point number")
    ] = None


class Note(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str,
        Field(
            description="Identifier of the note within its containing entity (may or may not be globally unique, depending on provider implementation)"
        ),
    ]
    author: Annotated[str | None, Field(description="Author of the note")] = None
    date: Annotated[AwareDatetime | None, Field(description="Date of the note")] = None
    text: Annotated[str, Field(description="Text of the note")]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Place(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class PlaceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Price(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    percentage: Annotated[
        float | None,
        Field(description="Percentage to apply for ProdOfferPriceAlteration"),
    ] = None
    tax_rate: Annotated[
        float | None, Field(alias="taxRate", description="Tax rate")
    ] = None
    duty_free_amount: Annotated[
        Money | None,
        Field(
            alias="dutyFreeAmount",
            description="All taxes excluded amount (expressed in the given currency)",
        ),
    ] = None
    tax_included_amount: Annotated[
        Money | None,
        Field(
            alias="taxIncludedAmount",
            description="All taxes included amount (expressed in the given currency)",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class PriceAlteration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    application_duration: Annotated[
        int | None,
        Field(
            alias="applicationDuration",
            description="Duration during which the alteration applies on the order item price (for instance 2 months free of charge for the recurring charge)",
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail the semantics of this order item price alteration"
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the order item price alteration")
    ] = None
    price_type: Annotated[
        str,
        Field(
            alias="priceType",
            description="A category that describes the price such as recurring, one time and usage.",
        ),
    ]
    priority: Annotated[
        int | None,
        Field(
            description="Priority level for applying this alteration among all the defined alterations on the order item price"
        ),
    ] = None
    recurring_charge_period: Annotated[
        str | None,
        Field(alias="recurringChargePeriod", description="Could be month, week..."),
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    price: Price
    product_offering_price: Annotated[
        ProductOfferingPriceRef | None, Field(alias="productOfferingPrice")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Product(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the product")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the product")] = None
    description: Annotated[
        str | None,
        Field(
            description="Is the description of the product. It could be copied from the description of the Product Offering."
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.",
        ),
    ] = None
    is_customer_visible: Annotated[
        bool | None,
        Field(
            alias="isCustomerVisible",
            description="If true, the product is visible by the customer.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the product. It could be the same as the name of the product offering"
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="orderDate", description="Is the date when the product was ordered"
        ),
    ] = None
    product_serial_number: Annotated[
        str | None,
        Field(
            alias="productSerialNumber",
            description="Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.",
        ),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDate", description="Is the date from which the product starts"
        ),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="terminationDate",
            description="Is the date when the product was terminated",
        ),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="productCharacteristic")
    ] = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_order_item: Annotated[
        list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = (
        None
    )
    product_relationship: Annotated[
        list[ProductRelationship] | None, Field(alias="productRelationship")
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None, Field(alias="productSpecification")
    ] = None
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[
        list[ResourceRef] | None, Field(alias="realizingResource")
    ] = None
    realizing_service: Annotated[
        list[ServiceRef] | None, Field(alias="realizingService")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        ProductStatusType | None,
        Field(description="Is the lifecycle status of the product."),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class ProductOfferingPriceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductOfferingQualificationItemRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str, Field(description="Id of an item of a product offering qualification")
    ]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    product_offering_qualification_href: Annotated[
        str | None,
        Field(
            alias="productOfferingQualificationHref",
            description="Reference of the related entity.",
        ),
    ] = None
    product_offering_qualification_id: Annotated[
        str,
        Field(
            alias="productOfferingQualificationId",
            description="Unique identifier of a related entity.",
        ),
    ]
    product_offering_qualification_name: Annotated[
        str | None,
        Field(
            alias="productOfferingQualificationName",
            description="Name of the related entity.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductOfferingQualificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductOfferingRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductPrice(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail the semantics of this product price."
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(description='A short descriptive name such as "Subscription price".'),
    ] = None
    price_type: Annotated[
        str,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.",
        ),
    ]
    recurring_charge_period: Annotated[
        str | None,
        Field(alias="recurringChargePeriod", description="Could be month, week..."),
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    price: Price
    product_offering_price: Annotated[
        ProductOfferingPriceRef | None, Field(alias="productOfferingPrice")
    ] = None
    product_price_alteration: Annotated[
        list[PriceAlteration] | None, Field(alias="productPriceAlteration")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class ProductRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the product")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the product")] = None
    description: Annotated[
        str | None,
        Field(
            description="Is the description of the product. It could be copied from the description of the Product Offering."
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.",
        ),
    ] = None
    is_customer_visible: Annotated[
        bool | None,
        Field(
            alias="isCustomerVisible",
            description="If true, the product is visible by the customer.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the product. It could be the same as the name of the product offering"
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="orderDate", description="Is the date when the product was ordered"
        ),
    ] = None
    product_serial_number: Annotated[
        str | None,
        Field(
            alias="productSerialNumber",
            description="Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.",
        ),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDate", description="Is the date from which the product starts"
        ),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="terminationDate",
            description="Is the date when the product was terminated",
        ),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="productCharacteristic")
    ] = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_order_item: Annotated[
        list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = (
        None
    )
    product_relationship: Annotated[
        list[ProductRelationship] | None, Field(alias="productRelationship")
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None, Field(alias="productSpecification")
    ] = None
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[
        list[ResourceRef] | None, Field(alias="realizingResource")
    ] = None
    realizing_service: Annotated[
        list[ServiceRef] | None, Field(alias="realizingService")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        ProductStatusType | None,
        Field(description="Is the lifecycle status of the product."),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    relationship_type: Annotated[
        str,
        Field(
            alias="relationshipType",
            description="Type of the product relationship, such as [bundled] if the product is a bundle and you want to describe the bundled products inside this bundle; [reliesOn] if the product needs another already owned product to rely on (e.g. an option on an already owned mobile access product) [targets] or [isTargeted] (depending on the way of expressing the link) for any other kind of links that may be useful",
        ),
    ]
    product: ProductRefOrValue
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class ProductSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[
        str | None, Field(description="Version of the product specification")
    ] = None
    target_product_schema: Annotated[
        TargetProductSchema | None,
        Field(
            alias="targetProductSchema",
            description="A target product schema reference. The reference object to the schema and type of target product which is described by product specification.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductStatusType(StrEnum):
    created = "created"
    pending_active = "pendingActive"
    cancelled = "cancelled"
    active = "active"
    pending_terminate = "pendingTerminate"
    terminated = "terminated"
    suspended = "suspended"
    aborted_ = "aborted "


class ProductTerm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productTerm")
    ] = None
    name: Annotated[str | None, Field(description="Name of the productTerm")] = None
    duration: Annotated[
        Quantity | None, Field(description="Duration of the productTerm")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="productTerm validity period"),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[
        float | None, Field(description="Numeric value in a given unit")
    ] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


class Quote(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier - attributed by quoting system"),
    ] = None
    href: Annotated[str | None, Field(description="Hyperlink to access the quote")] = (
        None
    )
    category: Annotated[
        str | None,
        Field(
            description='Used to categorize the quote from a business perspective that can be useful for the CRM system (e.g. "enterprise", "residential", ...)'
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the quote")
    ] = None
    effective_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQuoteCompletionDate",
            description="Date when the quote has been completed",
        ),
    ] = None
    expected_fulfillment_start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedFulfillmentStartDate",
            description="this is the date wished by the requester to have the requested quote item delivered",
        ),
    ] = None
    expected_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQuoteCompletionDate",
            description="This is expected date - from quote supplier - to be able to send back  a response for this quote",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            description="ID given by the consumer and only understandable by him (to facilitate his searches afterwards)",
        ),
    ] = None
    instant_sync_quote: Annotated[
        bool | None,
        Field(
            alias="instantSyncQuote",
            description='An indicator which when the value is "true" means that requester expects to get quoting result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201. ',
        ),
    ] = None
    quote_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="quoteDate", description="Date and time when the quote was created"
        ),
    ] = None
    requested_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedQuoteCompletionDate",
            description="This is requested date - from quote requester - to get a complete response for this quote",
        ),
    ] = None
    version: Annotated[
        str | None,
        Field(
            description="Quote version - if the customer rejected the quote but  negotiations still open a new version of the quote is managed"
        ),
    ] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="A reference to an agreement defining the context of the quote"
        ),
    ] = None
    authorization: Annotated[
        list[Authorization] | None,
        Field(description="An authorization provided for the quote"),
    ] = None
    billing_account: Annotated[
        list[BillingAccountRef] | None,
        Field(
            alias="billingAccount",
            description="A reference to a billing account to provide quote context information ",
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None,
        Field(
            alias="contactMedium",
            description="Information contact related to the quote requester",
        ),
    ] = None
    note: Annotated[
        list[Note] | None, Field(description="Free form text associated with the quote")
    ] = None
    product_offering_qualification: Annotated[
        list[ProductOfferingQualificationRef] | None,
        Field(
            alias="productOfferingQualification",
            description="A reference to a previously done product offering qualification",
        ),
    ] = None
    quote_item: Annotated[
        list[QuoteItem],
        Field(
            alias="quoteItem",
            description="An item of the quote - it is used to descirbe an operation on a product to be quoted",
            min_length=1,
        ),
    ]
    quote_total_price: Annotated[
        list[QuotePrice] | None,
        Field(alias="quoteTotalPrice", description="Quote total price"),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A reference to a party playing a role in this quote (customer, seller, requester, etc.)",
        ),
    ] = None
    state: Annotated[
        QuoteStateType | None,
        Field(
            description="State of the quote : described in the state-machine diagram"
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None, Field(alias="validFor", description="Quote validity period")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class QuoteAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        QuoteAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class QuoteAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    quote: Annotated[
        Quote | None, Field(description="The involved resource data for the event")
    ] = None


class QuoteCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier - attributed by quoting system"),
    ] = None
    category: Annotated[
        str | None,
        Field(
            description='Used to categorize the quote from a business perspective that can be useful for the CRM system (e.g. "enterprise", "residential", ...)'
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the quote")
    ] = None
    expected_fulfillment_start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedFulfillmentStartDate",
            description="this is the date wished by the requester to have the requested quote item delivered",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            description="ID given by the consumer and only understandable by him (to facilitate his searches afterwards)",
        ),
    ] = None
    instant_sync_quote: Annotated[
        bool | None,
        Field(
            alias="instantSyncQuote",
            description='An indicator which when the value is "true" means that requester expects to get quoting result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201. ',
        ),
    ] = None
    requested_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedQuoteCompletionDate",
            description="This is requested date - from quote requester - to get a complete response for this quote",
        ),
    ] = None
    version: Annotated[
        str | None,
        Field(
            description="Quote version - if the customer rejected the quote but  negotiations still open a new version of the quote is managed"
        ),
    ] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="A reference to an agreement defining the context of the quote"
        ),
    ] = None
    authorization: Annotated[
        list[Authorization] | None,
        Field(description="An authorization provided for the quote"),
    ] = None
    billing_account: Annotated[
        list[BillingAccountRef] | None,
        Field(
            alias="billingAccount",
            description="A reference to a billing account to provide quote context information ",
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None,
        Field(
            alias="contactMedium",
            description="Information contact related to the quote requester",
        ),
    ] = None
    note: Annotated[
        list[Note] | None, Field(description="Free form text associated with the quote")
    ] = None
    product_offering_qualification: Annotated[
        list[ProductOfferingQualificationRef] | None,
        Field(
            alias="productOfferingQualification",
            description="A reference to a previously done product offering qualification",
        ),
    ] = None
    quote_item: Annotated[
        list[QuoteItem],
        Field(
            alias="quoteItem",
            description="An item of the quote - it is used to descirbe an operation on a product to be quoted",
            min_length=1,
        ),
    ]
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A reference to a party playing a role in this quote (customer, seller, requester, etc.)",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class QuoteCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    event: Annotated[
        QuoteCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class QuoteCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    quote: Annotated[
        Quote | None, Field(description="The involved resource data for the event")
    ] = None


class QuoteDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    event: Annotated[
        QuoteDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class QuoteDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    quote: Annotated[
        Quote | None, Field(description="The involved resource data for the event")
    ] = None


class QuoteInformationRequiredEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        QuoteInformationRequiredEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class QuoteInformationRequiredEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    quote: Annotated[
        Quote | None, Field(description="The involved resource data for the event")
    ] = None


class QuoteItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(
            description="Identifier of the quote item (generally it is a sequence number 01, 02, 03, ...)"
        ),
    ] = None
    action: Annotated[
        str | None,
        Field(
            description="Action to be performed on this quote item (add, modify, remove, etc.)"
        ),
    ] = None
    quantity: Annotated[
        int | None, Field(description="Quantity asked for this quote item")
    ] = None
    state: Annotated[
        str | None,
        Field(
            description="State of the quote item : described in the state machine diagram"
        ),
    ] = None
    appointment: Annotated[
        list[AppointmentRef] | None,
        Field(
            description="A reference to appointment(s) associated with this quote item"
        ),
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="A reference to attachment(s) associated with this quote item"
        ),
    ] = None
    note: Annotated[
        list[Note] | None,
        Field(description="Free form text associated with the quote item"),
    ] = None
    product: ProductRefOrValue | None = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_offering_qualification_item: Annotated[
        ProductOfferingQualificationItemRef | None,
        Field(
            alias="productOfferingQualificationItem",
            description="A reference to a previously done POQ with item specified",
        ),
    ] = None
    quote_item: Annotated[
        list[QuoteItem] | None,
        Field(
            alias="quoteItem",
            description="A structure to embedded quote item within quote item",
        ),
    ] = None
    quote_item_authorization: Annotated[
        list[Authorization] | None,
        Field(
            alias="quoteItemAuthorization",
            description="Authorization related to this quote item",
        ),
    ] = None
    quote_item_price: Annotated[
        list[QuotePrice] | None,
        Field(alias="quoteItemPrice", description="Price for this quote item"),
    ] = None
    quote_item_relationship: Annotated[
        list[QuoteItemRelationship] | None,
        Field(
            alias="quoteItemRelationship",
            description="A relationship from item within a quote",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A reference to a party playing a role in this quote item",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class QuoteItemRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="ID of the related order item (must be in the same quote)"),
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="Relationship type as relies on, bundles, etc...",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class QuotePrice(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the quote/quote item price")
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the quote /quote item price")
    ] = None
    price_type: Annotated[
        str | None,
        Field(
            alias="priceType",
            description="indicate if the price is for recurrent or no-recurrent charge",
        ),
    ] = None
    recurring_charge_period: Annotated[
        str | None,
        Field(
            alias="recurringChargePeriod",
            description="Used for recurring charge to indicate period (month, week, etc..)",
        ),
    ] = None
    unit_of_measure: Annotated[
        str | None,
        Field(
            alias="unitOfMeasure",
            description="Unit of Measure if price depending on it (Gb, SMS volume, etc..)",
        ),
    ] = None
    price: Price | None = None
    price_alteration: Annotated[
        list[PriceAlteration] | None, Field(alias="priceAlteration")
    ] = None
    product_offering_price: Annotated[
        ProductOfferingPriceRef | None,
        Field(
            alias="productOfferingPrice",
            description="An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class QuoteStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None
    event: Annotated[
        QuoteStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class QuoteStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    quote: Annotated[
        Quote | None, Field(description="The involved resource data for the event")
    ] = None


class QuoteStateType(StrEnum):
    rejected = "rejected"
    pending = "pending"
    in_progress = "inProgress"
    cancelled = "cancelled"
    approved = "approved"
    accepted = "accepted"


class QuoteUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    category: Annotated[
        str | None,
        Field(
            description='Used to categorize the quote from a business perspective that can be useful for the CRM system (e.g. "enterprise", "residential", ...)'
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the quote")
    ] = None
    effective_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQuoteCompletionDate",
            description="Date when the quote has been completed",
        ),
    ] = None
    expected_fulfillment_start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedFulfillmentStartDate",
            description="this is the date wished by the requester to have the requested quote item delivered",
        ),
    ] = None
    expected_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedQuoteCompletionDate",
            description="This is expected date - from quote supplier - to be able to send back  a response for this quote",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            description="ID given by the consumer and only understandable by him (to facilitate his searches afterwards)",
        ),
    ] = None
    instant_sync_quote: Annotated[
        bool | None,
        Field(
            alias="instantSyncQuote",
            description='An indicator which when the value is "true" means that requester expects to get quoting result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201. ',
        ),
    ] = None
    requested_quote_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedQuoteCompletionDate",
            description="This is requested date - from quote requester - to get a complete response for this quote",
        ),
    ] = None
    version: Annotated[
        str | None,
        Field(
            description="Quote version - if the customer rejected the quote but  negotiations still open a new version of the quote is managed"
        ),
    ] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="A reference to an agreement defining the context of the quote"
        ),
    ] = None
    authorization: Annotated[
        list[Authorization] | None,
        Field(description="An authorization provided for the quote"),
    ] = None
    billing_account: Annotated[
        list[BillingAccountRef] | None,
        Field(
            alias="billingAccount",
            description="A reference to a billing account to provide quote context information ",
        ),
    ] = None
    contact_medium: Annotated[
        list[ContactMedium] | None,
        Field(
            alias="contactMedium",
            description="Information contact related to the quote requester",
        ),
    ] = None
    note: Annotated[
        list[Note] | None, Field(description="Free form text associated with the quote")
    ] = None
    product_offering_qualification: Annotated[
        list[ProductOfferingQualificationRef] | None,
        Field(
            alias="productOfferingQualification",
            description="A reference to a previously done product offering qualification",
        ),
    ] = None
    quote_item: Annotated[
        list[QuoteItem],
        Field(
            alias="quoteItem",
            description="An item of the quote - it is used to descirbe an operation on a product to be quoted",
            min_length=1,
        ),
    ]
    quote_total_price: Annotated[
        list[QuotePrice] | None,
        Field(alias="quoteTotalPrice", description="Quote total price"),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A reference to a party playing a role in this quote (customer, seller, requester, etc.)",
        ),
    ] = None
    state: Annotated[
        QuoteStateType | None,
        Field(
            description="State of the quote : described in the state-machine diagram"
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None, Field(alias="validFor", description="Quote validity period")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[
        str | None, Field(description="Role played by the related party")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ]


class RelatedPlaceRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    role: str
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class RelatedProductOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_item_action: Annotated[
        str | None,
        Field(
            alias="orderItemAction",
            description="Action of the order item for this product",
        ),
    ] = None
    order_item_id: Annotated[
        str,
        Field(
            alias="orderItemId",
            description="Identifier of the order item where the product was managed",
        ),
    ]
    product_order_href: Annotated[
        str | None,
        Field(alias="productOrderHref", description="Reference of the related entity."),
    ] = None
    product_order_id: Annotated[
        str,
        Field(
            alias="productOrderId", description="Unique identifier of a related entity."
        ),
    ]
    role: Annotated[
        str | None, Field(description="role of the product order item for this product")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ResourceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the resource")] = None
    value: Annotated[
        str | None,
        Field(
            description="The resource value that can be used to identify a resource with a public key (e.g.: a tel nr, an msisdn)"
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class TargetProductSchema(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        str,
        Field(
            alias="@schemaLocation",
            description="This field provides a link to the schema describing the target product",
        ),
    ]
    field_type: Annotated[
        str, Field(alias="@type", description="Class type of the target product")
    ]


class TimePeriod(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    end_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="endDateTime",
            description="End of the time period, using IETC-RFC-3339 format",
        ),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end",
        ),
    ] = None


Product.model_rebuild()
ProductRefOrValue.model_rebuild()
Quote.model_rebuild()
QuoteAttributeValueChangeEvent.model_rebuild()
QuoteCreate.model_rebuild()
QuoteCreateEvent.model_rebuild()
QuoteDeleteEvent.model_rebuild()
QuoteInformationRequiredEvent.model_rebuild()
QuoteStateChangeEvent.model_rebuild()
QuoteUpdate.model_rebuild()
