<?php
// Export of suspected scab reports for the APHA field team.

$pdo = new PDO(
    'pgsql:host=scab-db.prd.internal;dbname=scab',
    'scab_export',
    'Tup!Ram_2019'
);
$apiKey = getenv('APHA_API_KEY');
$appKey = $_ENV['APP_KEY'] ?? '';

$sample = [
    'keeperName'   => 'Bartosz Wiśniewski',
    'cph'          => '61/745/4437',
    'vehicleRegNo' => 'SN21 WFL',
    'licenceNo'    => 'WISNI711029B94TW',
    'reportedAt'   => '2024-10-28T09:14:00Z',
];

function keeperLabel(array $keeper): string
{
    return $keeper['keeperName'] . ' (' . $keeper['cph'] . ')';
}
