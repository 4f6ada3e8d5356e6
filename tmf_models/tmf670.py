# Generated from specs/tmf/TMF670-PaymentMethod-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class AccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the account")]
    href: Annotated[str | None, Field(description="Reference of the account")] = None
    description: Annotated[str | None, Field(description="Detailed description of the account")] = None
    name: Annotated[str | None, Field(description="Name of the account")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Addressable(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="unique identifier")] = None
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None


class AttachmentRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier for this particular attachment")] = None
    href: Annotated[AnyUrl | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None, Field(alias="attachmentType", description="Attachment type such as video, picture")
    ] = None
    content: Annotated[
        str | None,
        Field(description="The actual contents of the attachment object, if embedded, encoded as base64"),
    ] = None
    description: Annotated[
        str | None, Field(description="A narrative text describing the content of the attachment")
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
        AnyUrl | None, Field(description="Uniform Resource Locator, is a web page address (a subset of URI)")
    ] = None
    size: Annotated[Quantity | None, Field(description="The size of the attachment.")] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="The period of time for which the attachment is valid"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Entity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="unique identifier")] = None
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
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
        str, Field(description="Application relevant detail, defined in the API or a common list.")
    ]
    reason: Annotated[
        str, Field(description="Explanation of the reason for the error which can be shown to a client user.")
    ]
    message: Annotated[
        str | None,
        Field(
            description="More details and corrective actions related to the error which can be shown to a client user."
        ),
    ] = None
    status: Annotated[str | None, Field(description="HTTP Error code extension")] = None
    reference_error: Annotated[
        AnyUrl | None, Field(alias="referenceError", description="URI of documentation describing the error.")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class.")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name."),
    ] = None


class EventSubscription(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the listener")]
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = None


class EventSubscriptionInput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = None


class Extensible(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
    ] = None


class FieldType(StrEnum):
    cash = "cash"
    digital_wallet = "digitalWallet"
    tokenized_card = "tokenizedCard"
    bank_account_transfer = "bankAccountTransfer"
    bank_account_debit = "bankAccountDebit"
    bank_card = "bankCard"
    voucher = "voucher"
    check = "check"
    bucket_payment_method = "bucketPaymentMethod"
    account_payment_method = "accountPaymentMethod"
    loyalty_payment_method = "loyaltyPaymentMethod"
    direct_debit = "directDebit"


class Model(RootModel[Any]):
    root: Any


class PaymentMethod(Entity):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(description="Friendly name assigned to the payment method")]
    description: Annotated[
        str | None, Field(description="Text description of the contents of the payment method")
    ] = None
    is_preferred: Annotated[
        bool | None,
        Field(
            alias="isPreferred",
            description="If the method is the preferred one by the owner. Typically used when querying for the payment methods of a specific customer or account",
        ),
    ] = None
    authorization_code: Annotated[
        str | None,
        Field(
            alias="authorizationCode",
            description="Review: Authorization code provided by a financial institution. Typically this would be populated for recurring payments using the method, as payments have an authorization code of their own.",
        ),
    ] = None
    status: Annotated[str | None, Field(description="Status of the payment method")] = None
    status_date: Annotated[
        AwareDatetime | None,
        Field(alias="statusDate", description="The last time the payment method status changed."),
    ] = None
    status_reason: Annotated[
        str | None, Field(alias="statusReason", description="The reason for the last status change.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="Date interval in which the payment method is valid"),
    ] = None
    field_type: Annotated[
        FieldType,
        Field(alias="@type", description="Type of payment method (e.g.: bank card, cash, voucher,etc). "),
    ]
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="Reference to the customer or party that owns that payment method or can use it.",
        ),
    ] = None
    related_place: Annotated[
        RelatedPlace | None,
        Field(
            alias="relatedPlace",
            description="Reference to a place for billing or delivery address, if different to that of the related party.",
        ),
    ] = None
    account: Annotated[
        list[AccountRef] | None,
        Field(
            description="Reference to the accounts that are linked to the payment method. May be a party account or a financial account."
        ),
    ] = None


class BankAccountDebit(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_number: Annotated[
        str,
        Field(
            alias="accountNumber",
            description="The Bank Account Number (this could refer to the IBAN or SWIFT number)",
        ),
    ]
    account_number_type: Annotated[
        str | None,
        Field(alias="accountNumberType", description="The type of account number (e.g.: IBAN, SWIFT, ...)"),
    ] = None
    bic: Annotated[
        str | None,
        Field(
            alias="BIC",
            description="The Business Identifier Code/Swift code of the financial institution where the account is located.",
        ),
    ] = None
    owner: Annotated[str, Field(description="The owner of the bank account. This is also the account name.")]
    bank: Annotated[str, Field(description="The display name of the bank.")]


class BankAccountTransfer(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_number: Annotated[
        str,
        Field(
            alias="accountNumber",
            description="The bank account number, this could refer to the iban or swift number.",
        ),
    ]
    account_number_type: Annotated[
        str | None,
        Field(alias="accountNumberType", description="The type of account number (e.g.: IBAN, SWIFT, ...)"),
    ] = None
    bic: Annotated[
        str | None,
        Field(
            alias="BIC",
            description="The Business Identifier Code/Swift code of the financial institution where the account is located.",
        ),
    ] = None
    owner: Annotated[str, Field(description="The owner of the bank account. This is also the account name.")]
    bank: Annotated[str, Field(description="The display name of the bank.")]


class BankCard(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    brand: Annotated[str, Field(description="The card brand")]
    card_type: Annotated[
        str | None, Field(alias="cardType", description="The type of card e.g. Credit, debit etc.")
    ] = None
    card_number: Annotated[str, Field(alias="cardNumber", description="The bank card number.")]
    expiration_date: Annotated[
        AwareDatetime, Field(alias="expirationDate", description="Expiration date of the bank card.")
    ]
    cvv: Annotated[str | None, Field(description="The security code (e.g.: CVV, CVV2) of the card.")] = None
    last_four_digits: Annotated[
        str | None, Field(alias="lastFourDigits", description="The last four digits of the credit card.")
    ] = None
    name_on_card: Annotated[str, Field(alias="nameOnCard", description="The name on the card.")]
    bank: Annotated[str | None, Field(description="The bank that issued the card.")] = None


class Cash(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class Check(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    check_id: Annotated[str, Field(alias="checkId", description="Unique identifier of the check.")]
    drawer: Annotated[str, Field(description="Person or entity writing the check.")]
    payee: Annotated[str, Field(description="Person or entity the check is addressed to.")]
    signed_date: Annotated[
        AwareDatetime, Field(alias="signedDate", description="Date when the check was signed.")
    ]
    bank: Annotated[str, Field(description="Bank performing the payment of the check.")]


class DigitalWallet(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    service: Annotated[
        str,
        Field(
            description="Organization, platform or currency backing the wallet (e.g.: PayPal, Yandex, BitCoin…)."
        ),
    ]
    wallet_id: Annotated[str, Field(alias="walletId", description="Account identifier in that service.")]
    wallet_url: Annotated[
        str,
        Field(
            alias="walletUrl", description="URI pointing at the digital wallet (e.g.: //paypal.me/johndoe)."
        ),
    ]


class DirectDebit(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    mandate_id: Annotated[str | None, Field(alias="mandateId", description="Unique mandate reference")] = None
    mandate_status: Annotated[
        str | None,
        Field(alias="mandateStatus", description="The status of the mandate(Active/Inactive/Pending)"),
    ] = None
    mandate_type: Annotated[
        str,
        Field(
            alias="mandateType",
            description="The type of mandate e.g., single-use(single)/multi-use(recurring)",
        ),
    ]
    mandate_category: Annotated[
        str | None,
        Field(alias="mandateCategory", description="The identification code of the Scheme e.g., core/b2b"),
    ] = None
    signature: Annotated[str | None, Field(description="The (e)Mandate electronic signature data")] = None
    signature_date: Annotated[
        AwareDatetime | None,
        Field(alias="signatureDate", description="The date of signing of the (e)Mandate"),
    ] = None
    mandate_status_date: Annotated[
        AwareDatetime | None,
        Field(alias="mandateStatusDate", description="The date of the mandate status change"),
    ] = None
    first_debit_date: Annotated[
        AwareDatetime,
        Field(
            alias="firstDebitDate",
            description="The first debit date. The debit date of the collection is the day when the payment of the Debtor is due to the Creditor",
        ),
    ]
    last_debit_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="lastDebitDate",
            description="The last debit date. The debit date of the collection is the day when the payment of the Debtor is due to the Creditor",
        ),
    ] = None
    cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="cancellationDate",
            description="The date on which the (e)Mandate has been cancelled by the Debtor or the Creditor.",
        ),
    ] = None
    account_number: Annotated[
        str,
        Field(
            alias="accountNumber",
            description="The bank account number, this could refer to the iban or swift number.",
        ),
    ]
    account_number_type: Annotated[
        str | None,
        Field(alias="accountNumberType", description="The type of account number (e.g.: IBAN, SWIFT, ...)"),
    ] = None
    reference: Annotated[
        str | None,
        Field(description="A reference that the party can later use to identify the direct debit."),
    ] = None
    bic: Annotated[
        str | None,
        Field(
            alias="BIC",
            description="The Business Identifier Code/Swift code of the financial institution where the account is located.",
        ),
    ] = None
    owner: Annotated[str, Field(description="The owner of the bank account. This is also the account name.")]
    bank: Annotated[str, Field(description="The display name of the bank.")]
    attachment: list[AttachmentRefOrValue] | None = None


class PaymentMethodAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        PaymentMethodAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class PaymentMethodAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    payment_method: Annotated[
        PaymentMethod | None,
        Field(alias="paymentMethod", description="The involved resource data for the event"),
    ] = None


class PaymentMethodCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    authorization_code: Annotated[
        str | None,
        Field(
            alias="authorizationCode",
            description="Review: Authorization code provided by a financial institution. Typically this would be populated for recurring payments using the method, as payments have an authorization code of their own.",
            examples=["1234567890"],
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="Text description of the contents of the payment method",
            examples=["My gold mastercard."],
        ),
    ] = None
    is_preferred: Annotated[
        bool | None,
        Field(
            alias="isPreferred",
            description="If the method is the preferred one by the owner. Typically used when querying for the payment methods of a specific customer or account",
            examples=["True"],
        ),
    ] = None
    name: Annotated[
        str, Field(description="Friendly name assigned to the payment method", examples=["Main credit card"])
    ]
    status: Annotated[str | None, Field(description="Status of the payment method", examples=["Active"])] = (
        None
    )
    status_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="statusDate",
            description="The last time the payment method status changed.",
            examples=["2020-07-17T10:12:26+0000"],
        ),
    ] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="The reason for the last status change.",
            examples=["This payment method has expired, therefore its status is now inactive."],
        ),
    ] = None
    account: Annotated[
        list[AccountRef] | None,
        Field(
            description="Reference to the accounts that are linked to the payment method. May be a party account or a financial account."
        ),
    ] = None
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="Reference to the customer or party that owns that payment method or can use it.",
        ),
    ] = None
    related_place: Annotated[
        RelatedPlace | None,
        Field(
            alias="relatedPlace",
            description="Reference to a place for billing or delivery address, if different to that of the related party.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="Date interval in which the payment method is valid"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str, Field(alias="@type", description="Type of payment method (e.g.: bank card, cash, voucher, etc).")
    ]


class PaymentMethodCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        PaymentMethodCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None


class PaymentMethodCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    payment_method: Annotated[
        PaymentMethod | None,
        Field(alias="paymentMethod", description="The involved resource data for the event"),
    ] = None


class PaymentMethodDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        PaymentMethodDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None


class PaymentMethodDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    payment_method: Annotated[
        PaymentMethod | None,
        Field(alias="paymentMethod", description="The involved resource data for the event"),
    ] = None


class PaymentMethodStatusChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        PaymentMethodStatusChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None


class PaymentMethodStatusChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    payment_method: Annotated[
        PaymentMethod | None,
        Field(alias="paymentMethod", description="The involved resource data for the event"),
    ] = None


class PaymentMethodUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    authorization_code: Annotated[
        str | None,
        Field(
            alias="authorizationCode",
            description="Review: Authorization code provided by a financial institution. Typically this would be populated for recurring payments using the method, as payments have an authorization code of their own.",
            examples=["1234567890"],
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="Text description of the contents of the payment method",
            examples=["My gold mastercard."],
        ),
    ] = None
    is_preferred: Annotated[
        bool | None,
        Field(
            alias="isPreferred",
            description="If the method is the preferred one by the owner. Typically used when querying for the payment methods of a specific customer or account",
            examples=["True"],
        ),
    ] = None
    name: Annotated[
        str, Field(description="Friendly name assigned to the payment method", examples=["Main credit card"])
    ]
    status: Annotated[str | None, Field(description="Status of the payment method", examples=["Active"])] = (
        None
    )
    status_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="statusDate",
            description="The last time the payment method status changed.",
            examples=["2020-07-17T10:12:26+0000"],
        ),
    ] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="The reason for the last status change.",
            examples=["This payment method has expired, therefore its status is now inactive."],
        ),
    ] = None
    account: Annotated[
        list[AccountRef] | None,
        Field(
            description="Reference to the accounts that are linked to the payment method. May be a party account or a financial account."
        ),
    ] = None
    related_party: Annotated[
        RelatedParty | None,
        Field(
            alias="relatedParty",
            description="Reference to the customer or party that owns that payment method or can use it.",
        ),
    ] = None
    related_place: Annotated[
        RelatedPlace | None,
        Field(
            alias="relatedPlace",
            description="Reference to a place for billing or delivery address, if different to that of the related party.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="Date interval in which the payment method is valid"),
    ] = None


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[float | None, Field(description="Numeric value in a given unit")] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[AnyUrl | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[str | None, Field(description="Role played by the related party")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
    ] = None
    field_referred_type: Annotated[
        str,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ]


class RelatedPlace(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = None
    href: Annotated[str | None, Field(description="Unique reference of the place")] = None
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    role: Annotated[
        str | None, Field(description="Role of the place, such as: [home delivery], [shop retrieval])")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class Extensible name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


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
            examples=["1985-04-12T23:20:50.52Z"],
        ),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format",
            examples=["1985-04-12T23:20:50.52Z"],
        ),
    ] = None


class TokenizedCard(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    brand: Annotated[str | None, Field(description="Card brand. Might be used for display purposes")] = None
    card_type: Annotated[
        str | None, Field(alias="cardType", description="Card type. Might be used for display purposes.")
    ] = None
    last_four_digits: Annotated[
        str, Field(alias="lastFourDigits", description="The last four digits of the credit card.")
    ]
    token_type: Annotated[str | None, Field(alias="tokenType", description="Token type (e.g.: emv).")] = None
    token: Annotated[str | None, Field(description="The token. A series of randomly generated numbers.")] = (
        None
    )
    issuer: Annotated[str | None, Field(description="The entity that issued the token.")] = None
    expiration_date: Annotated[
        AwareDatetime, Field(alias="expirationDate", description="The tokenised card's expiration date.")
    ]
    country_of_issue: Annotated[
        str | None,
        Field(
            alias="countryOfIssue",
            description="ISO 3166-1 Alpha-2 country code that designate the country where the tokenised card was issued.e.g. GB, NG, FR.",
        ),
    ] = None


class Voucher(PaymentMethod):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[str, Field(description="Code that identifies the voucher.")]
    description: Annotated[
        str | None, Field(description="Description of the voucher i.e.: get one and receive one free.")
    ] = None
    value: Annotated[Quantity, Field(description="The value of the voucher.")]
    discount: Annotated[
        str | None, Field(description="The discount that the voucher applies when it's a discount voucher.")
    ] = None
    expiration_date: Annotated[
        AwareDatetime, Field(alias="expirationDate", description="The voucher's expiration date.")
    ]
    campaign: Annotated[str | None, Field(description="Campaign this voucher belongs to.")] = None
